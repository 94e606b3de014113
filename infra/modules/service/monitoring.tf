# Alarms to the environment's topic (any DLQ holding a message, the 5xx rate, p99 latency, the
# outbox's oldest event) and one dashboard per service.

locals {
  target_group_dimensions = {
    TargetGroup  = aws_lb_target_group.public.arn_suffix
    LoadBalancer = var.public_alb_arn_suffix
  }
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  for_each            = var.queues
  alarm_name          = "${local.full_name}-dlq-${each.key}"
  alarm_description   = "${each.value.dead_letter_queue_name} holds messages: list and redrive them with the ops API (./dev dlq shows how)."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value.dead_letter_queue_name }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "server_errors" {
  alarm_name          = "${local.full_name}-5xx-rate"
  alarm_description   = "More than 1 % of ${var.service}'s responses are 5xx."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 1
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  metric_query {
    id          = "rate"
    expression  = "IF(requests > 0, 100 * errors / requests, 0)"
    label       = "5xx %"
    return_data = true
  }
  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = local.target_group_dimensions
      stat        = "Sum"
      period      = 300
    }
  }
  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = local.target_group_dimensions
      stat        = "Sum"
      period      = 300
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "${local.full_name}-p99-latency"
  alarm_description   = "${var.service}'s p99 response time is above ${var.p99_latency_threshold_seconds} s."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = local.target_group_dimensions
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.p99_latency_threshold_seconds
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_metric_alarm" "outbox_age" {
  count               = local.has_outbox ? 1 : 0
  alarm_name          = "${local.full_name}-outbox-age"
  alarm_description   = "${var.service}'s oldest unsent event is older than ${var.outbox_age_threshold_seconds} s: SQS or the relay is failing."
  namespace           = var.metrics_namespace
  metric_name         = "outbox_oldest_age_seconds"
  dimensions          = { Service = var.service }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.outbox_age_threshold_seconds
  treat_missing_data  = "breaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
}

resource "aws_cloudwatch_dashboard" "service" {
  dashboard_name = local.full_name
  dashboard_body = jsonencode({
    widgets = concat(
      [
        {
          type = "metric", x = 0, y = 0, width = 8, height = 6
          properties = {
            title   = "Requests"
            region  = data.aws_region.current.region
            stat    = "Sum"
            period  = 60
            metrics = [["AWS/ApplicationELB", "RequestCount", "TargetGroup", local.target_group_dimensions.TargetGroup, "LoadBalancer", var.public_alb_arn_suffix]]
          }
        },
        {
          type = "metric", x = 8, y = 0, width = 8, height = 6
          properties = {
            title   = "p99 latency (s)"
            region  = data.aws_region.current.region
            stat    = "p99"
            period  = 60
            metrics = [["AWS/ApplicationELB", "TargetResponseTime", "TargetGroup", local.target_group_dimensions.TargetGroup, "LoadBalancer", var.public_alb_arn_suffix]]
          }
        },
        {
          type = "metric", x = 16, y = 0, width = 8, height = 6
          properties = {
            title   = "5xx"
            region  = data.aws_region.current.region
            stat    = "Sum"
            period  = 60
            metrics = [["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "TargetGroup", local.target_group_dimensions.TargetGroup, "LoadBalancer", var.public_alb_arn_suffix]]
          }
        },
        {
          type = "metric", x = 0, y = 6, width = 8, height = 6
          properties = {
            title  = "Tasks and CPU"
            region = data.aws_region.current.region
            period = 60
            metrics = [
              ["ECS/ContainerInsights", "RunningTaskCount", "ClusterName", var.cluster_name, "ServiceName", aws_ecs_service.service.name, { stat = "Average" }],
              ["AWS/ECS", "CPUUtilization", "ClusterName", var.cluster_name, "ServiceName", aws_ecs_service.service.name, { stat = "Average", yAxis = "right" }],
            ]
          }
        },
        {
          type = "metric", x = 8, y = 6, width = 8, height = 6
          properties = {
            title   = "Outbox: oldest unsent event (s)"
            region  = data.aws_region.current.region
            stat    = "Maximum"
            period  = 60
            metrics = [[var.metrics_namespace, "outbox_oldest_age_seconds", "Service", var.service]]
          }
        },
      ],
      [for index, name in keys(var.queues) : {
        type = "metric", x = (index % 2) * 12, y = 12 + floor(index / 2) * 6, width = 12, height = 6
        properties = {
          title  = "Queue ${name}: waiting, oldest (s), DLQ"
          region = data.aws_region.current.region
          period = 60
          metrics = [
            ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", var.queues[name].name, { stat = "Maximum", label = "waiting" }],
            ["AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", var.queues[name].name, { stat = "Maximum", label = "oldest (s)", yAxis = "right" }],
            ["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", var.queues[name].dead_letter_queue_name, { stat = "Maximum", label = "in DLQ" }],
          ]
        }
      }]
    )
  })
}
