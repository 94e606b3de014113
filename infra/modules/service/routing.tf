# Two ways in. The public ALB routes, for this service's host, its API paths and its
# documentation (OpenAPI, Swagger UI, AsyncAPI) and nothing else: /actuator is never routed
# there and gets the listener's 404. The internal ALB, reachable only inside the VPC, routes
# everything for <service>.<internal zone>: the operators' DLQ API and service-to-service calls.
# Both health-check readiness, so a task that is starting or draining receives no traffic.

locals {
  documentation_paths = ["/v3/api-docs*", "/swagger-ui*", "/asyncapi*"]
  # A rule matches at most five values: the host and four paths.
  public_path_groups = chunklist(var.public_paths, 4)
}

resource "aws_lb_target_group" "public" {
  name                 = substr("${var.service}-pub-${var.environment}", 0, 32)
  port                 = var.port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  health_check {
    path                = "/actuator/health/readiness"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_target_group" "internal" {
  name                 = substr("${var.service}-int-${var.environment}", 0, 32)
  port                 = var.port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  health_check {
    path                = "/actuator/health/readiness"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener_rule" "public_api" {
  count        = length(local.public_path_groups)
  listener_arn = var.public_listener_arn
  priority     = var.rule_priority + count.index

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.public.arn
  }
  condition {
    host_header {
      values = [var.public_host]
    }
  }
  condition {
    path_pattern {
      values = local.public_path_groups[count.index]
    }
  }
}

resource "aws_lb_listener_rule" "public_documentation" {
  listener_arn = var.public_listener_arn
  priority     = var.rule_priority + 9

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.public.arn
  }
  condition {
    host_header {
      values = [var.public_host]
    }
  }
  condition {
    path_pattern {
      values = local.documentation_paths
    }
  }
}

resource "aws_lb_listener_rule" "internal" {
  listener_arn = var.internal_listener_arn
  priority     = var.rule_priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.internal.arn
  }
  condition {
    host_header {
      values = ["${var.service}.${var.internal_zone_name}"]
    }
  }
}

resource "aws_route53_record" "internal" {
  zone_id = var.internal_zone_id
  name    = "${var.service}.${var.internal_zone_name}"
  type    = "A"

  alias {
    name                   = var.internal_alb_dns_name
    zone_id                = var.internal_alb_zone_id
    evaluate_target_health = false
  }
}
