# A VPC with public subnets (the ALB, the NAT gateway) and private subnets (the tasks), in two
# availability zones; or the subnets of an existing VPC, when given.

data "aws_availability_zones" "available" {
  state = "available"
}

locals {
  create = var.vpc_id == null
  azs    = slice(data.aws_availability_zones.available.names, 0, var.az_count)
}

resource "aws_vpc" "main" {
  count                = local.create ? 1 : 0
  cidr_block           = var.cidr_block
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags                 = { Name = "${var.name}-${var.environment}" }
}

resource "aws_internet_gateway" "main" {
  count  = local.create ? 1 : 0
  vpc_id = aws_vpc.main[0].id
  tags   = { Name = "${var.name}-${var.environment}" }
}

resource "aws_subnet" "public" {
  count                   = local.create ? var.az_count : 0
  vpc_id                  = aws_vpc.main[0].id
  availability_zone       = local.azs[count.index]
  cidr_block              = cidrsubnet(var.cidr_block, 4, count.index)
  map_public_ip_on_launch = false
  tags                    = { Name = "${var.name}-public-${local.azs[count.index]}-${var.environment}" }
}

resource "aws_subnet" "private" {
  count             = local.create ? var.az_count : 0
  vpc_id            = aws_vpc.main[0].id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(var.cidr_block, 4, count.index + 8)
  tags              = { Name = "${var.name}-private-${local.azs[count.index]}-${var.environment}" }
}

resource "aws_eip" "nat" {
  count  = local.create ? 1 : 0
  domain = "vpc"
  tags   = { Name = "${var.name}-nat-${var.environment}" }
}

# One NAT gateway: the tasks reach ECR, Cognito, SES and the model APIs through it. A second
# one per zone removes a single point of failure for about 33 USD a month each.
resource "aws_nat_gateway" "main" {
  count         = local.create ? 1 : 0
  allocation_id = aws_eip.nat[0].id
  subnet_id     = aws_subnet.public[0].id
  tags          = { Name = "${var.name}-${var.environment}" }
}

resource "aws_route_table" "public" {
  count  = local.create ? 1 : 0
  vpc_id = aws_vpc.main[0].id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main[0].id
  }
  tags = { Name = "${var.name}-public-${var.environment}" }
}

resource "aws_route_table" "private" {
  count  = local.create ? 1 : 0
  vpc_id = aws_vpc.main[0].id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main[0].id
  }
  tags = { Name = "${var.name}-private-${var.environment}" }
}

resource "aws_route_table_association" "public" {
  count          = local.create ? var.az_count : 0
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[0].id
}

resource "aws_route_table_association" "private" {
  count          = local.create ? var.az_count : 0
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[0].id
}

# DynamoDB and S3 traffic stays off the NAT gateway (gateway endpoints cost nothing).
resource "aws_vpc_endpoint" "gateway" {
  for_each          = local.create ? toset(["dynamodb", "s3"]) : toset([])
  vpc_id            = aws_vpc.main[0].id
  service_name      = "com.amazonaws.${var.region}.${each.key}"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.private[0].id]
  tags              = { Name = "${var.name}-${each.key}-${var.environment}" }
}

data "aws_vpc" "given" {
  count = local.create ? 0 : 1
  id    = var.vpc_id
}
