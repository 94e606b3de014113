# The front door: an internet-facing ALB (HTTPS only, WAF in front) whose rules, added by each
# service, route only the public API and documentation paths, and an internal ALB inside the VPC
# that routes everything, /actuator included (operators' DLQ API, service-to-service calls).

resource "aws_security_group" "public_alb" {
  name        = "${var.name}-public-alb-${var.environment}"
  description = "HTTPS from anywhere"
  vpc_id      = var.vpc_id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    description = "HTTP, redirected to HTTPS"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    description = "To the tasks"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.vpc_cidr_block]
  }
}

resource "aws_security_group" "internal_alb" {
  name        = "${var.name}-internal-alb-${var.environment}"
  description = "HTTP from inside the VPC only"
  vpc_id      = var.vpc_id

  ingress {
    description = "HTTP from the VPC"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr_block]
  }
  egress {
    description = "To the tasks"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.vpc_cidr_block]
  }
}

resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks-${var.environment}"
  description = "The services' tasks: traffic from the load balancers only"
  vpc_id      = var.vpc_id

  ingress {
    description     = "From the load balancers"
    from_port       = 8080
    to_port         = 8099
    protocol        = "tcp"
    security_groups = [aws_security_group.public_alb.id, aws_security_group.internal_alb.id]
  }
  egress {
    description = "AWS APIs, Cognito, the model APIs, the internal ALB"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "public" {
  name                       = "${var.name}-public-${var.environment}"
  load_balancer_type         = "application"
  internal                   = false
  security_groups            = [aws_security_group.public_alb.id]
  subnets                    = var.public_subnet_ids
  drop_invalid_header_fields = true
  idle_timeout               = 60

  dynamic "access_logs" {
    for_each = var.logs_bucket == null ? [] : [var.logs_bucket]
    content {
      bucket  = access_logs.value
      prefix  = "alb-${var.environment}"
      enabled = true
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.public.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  # Anything no service's public rule matches (an unknown host, /actuator) is not found.
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/problem+json"
      status_code  = "404"
      message_body = jsonencode({ type = "about:blank", title = "Not Found", status = 404, code = "NOT_FOUND" })
    }
  }
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb" "internal" {
  name               = "${var.name}-internal-${var.environment}"
  load_balancer_type = "application"
  internal           = true
  security_groups    = [aws_security_group.internal_alb.id]
  subnets            = var.private_subnet_ids
}

resource "aws_lb_listener" "internal" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/problem+json"
      status_code  = "404"
      message_body = jsonencode({ type = "about:blank", title = "Not Found", status = 404, code = "NOT_FOUND" })
    }
  }
}

# A private zone so that tasks and operators reach each service by name on the internal ALB.
resource "aws_route53_zone" "internal" {
  name = "${var.environment}.${var.name}.internal"
  vpc {
    vpc_id = var.vpc_id
  }
  force_destroy = true
}

resource "aws_wafv2_web_acl" "public" {
  name  = "${var.name}-public-${var.environment}"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "rate-per-client-ip"
    priority = 1
    action {
      block {}
    }
    statement {
      rate_based_statement {
        limit              = var.rate_limit_per_ip
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-rate-per-client-ip-${var.environment}"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "aws-common-rules"
    priority = 2
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
        # Orders may be up to 1 MB; the services answer 413 themselves above that.
        rule_action_override {
          name = "SizeRestrictions_BODY"
          action_to_use {
            count {}
          }
        }
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-common-rules-${var.environment}"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${var.name}-public-${var.environment}"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "public" {
  resource_arn = aws_lb.public.arn
  web_acl_arn  = aws_wafv2_web_acl.public.arn
}
