output "public_listener_arn" {
  value = aws_lb_listener.https.arn
}

output "internal_listener_arn" {
  value = aws_lb_listener.internal.arn
}

output "public_alb_arn_suffix" {
  value = aws_lb.public.arn_suffix
}

output "public_alb_dns_name" {
  value = aws_lb.public.dns_name
}

output "public_alb_zone_id" {
  value = aws_lb.public.zone_id
}

output "internal_alb_dns_name" {
  value = aws_lb.internal.dns_name
}

output "internal_alb_zone_id" {
  value = aws_lb.internal.zone_id
}

output "internal_zone_id" {
  value = aws_route53_zone.internal.zone_id
}

output "internal_zone_name" {
  value = aws_route53_zone.internal.name
}

output "tasks_security_group_id" {
  value = aws_security_group.tasks.id
}
