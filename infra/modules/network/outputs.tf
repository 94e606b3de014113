output "vpc_id" {
  value = local.create ? aws_vpc.main[0].id : var.vpc_id
}

output "vpc_cidr_block" {
  value = local.create ? aws_vpc.main[0].cidr_block : data.aws_vpc.given[0].cidr_block
}

output "public_subnet_ids" {
  value = local.create ? aws_subnet.public[*].id : var.public_subnet_ids
}

output "private_subnet_ids" {
  value = local.create ? aws_subnet.private[*].id : var.private_subnet_ids
}
