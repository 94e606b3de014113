# One service on Fargate (ARM64): its image repository, log group, roles, task definition and
# ECS service, rolled out with the deployment circuit breaker and never below full capacity.

data "aws_region" "current" {}

locals {
  full_name = "${var.name}-${var.service}-${var.environment}"

  # Each declared resource's physical name, under every property the service reads it from.
  resource_properties = merge(
    { for pair in flatten([for table in values(var.tables) : [for key in table.properties : { key = key, value = table.name }]]) : pair.key => pair.value },
    { for pair in flatten([for queue in values(var.queues) : [for key in queue.properties : { key = key, value = queue.name }]]) : pair.key => pair.value },
    { for pair in flatten([for bucket in values(var.buckets) : [for key in bucket.properties : { key = key, value = bucket.name }]]) : pair.key => pair.value },
  )
  # Spring Boot reads property a.b-c from the environment variable A_BC.
  environment = {
    for key, value in merge(var.properties, local.resource_properties) :
    upper(replace(replace(key, "-", ""), ".", "_")) => value
  }

  table_arns  = [for table in values(var.tables) : table.arn]
  queue_arns  = concat([for queue in values(var.queues) : queue.arn], [for queue in values(var.queues) : queue.dead_letter_queue_arn])
  bucket_arns = [for bucket in values(var.buckets) : bucket.arn]

  has_outbox      = anytrue([for table in values(var.tables) : contains(table.properties, "platform.outbox.table")])
  consumed_queues = { for name, queue in var.queues : name => queue if queue.consumed }
}

resource "aws_ecr_repository" "service" {
  name                 = "${var.name}/${var.service}-${var.environment}"
  image_tag_mutability = "IMMUTABLE"
  force_delete         = true

  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.kms_key_arn
  }
}

resource "aws_ecr_lifecycle_policy" "service" {
  repository = aws_ecr_repository.service.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last 30 images"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 30 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_cloudwatch_log_group" "service" {
  name              = "/ecs/${var.name}/${var.service}-${var.environment}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
}

data "aws_iam_policy_document" "assume_task" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# The execution role: pulls the image, writes the log, reads the service's own secrets.
resource "aws_iam_role" "execution" {
  name               = "${local.full_name}-execution"
  assume_role_policy = data.aws_iam_policy_document.assume_task.json
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "PullImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    resources = [aws_ecr_repository.service.arn]
  }
  statement {
    sid       = "EcrToken"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "WriteLog"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.service.arn}:*"]
  }
  statement {
    sid       = "DecryptImageLogAndSecrets"
    actions   = ["kms:Decrypt"]
    resources = [var.kms_key_arn]
  }
  dynamic "statement" {
    for_each = length(var.secrets) > 0 ? [1] : []
    content {
      sid       = "ReadOwnSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = values(var.secrets)
    }
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# The task role: what the service's code may do, and only on its own tables, queues and buckets.
resource "aws_iam_role" "task" {
  name               = "${local.full_name}-task"
  assume_role_policy = data.aws_iam_policy_document.assume_task.json
}

data "aws_iam_policy_document" "task" {
  dynamic "statement" {
    for_each = length(local.table_arns) > 0 ? [1] : []
    content {
      sid = "OwnTables"
      actions = [
        "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
        "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
        "dynamodb:ConditionCheckItem",
      ]
      resources = concat(local.table_arns, [for arn in local.table_arns : "${arn}/index/*"])
    }
  }
  dynamic "statement" {
    for_each = length(local.queue_arns) > 0 ? [1] : []
    content {
      sid = "OwnQueuesAndTheirDeadLetterQueues"
      actions = [
        "sqs:GetQueueUrl", "sqs:GetQueueAttributes", "sqs:SendMessage", "sqs:ReceiveMessage",
        "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
      ]
      resources = local.queue_arns
    }
  }
  dynamic "statement" {
    for_each = length(local.bucket_arns) > 0 ? [1] : []
    content {
      sid       = "OwnBuckets"
      actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
      resources = local.bucket_arns
    }
  }
  dynamic "statement" {
    for_each = length(local.bucket_arns) > 0 ? [1] : []
    content {
      sid       = "OwnObjects"
      actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      resources = [for arn in local.bucket_arns : "${arn}/*"]
    }
  }
  statement {
    sid       = "DataKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms_key_arn]
  }
  statement {
    sid       = "CollectorMetrics"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [var.metrics_namespace]
    }
  }
  statement {
    sid       = "CollectorTraces"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
    resources = ["*"]
  }
  dynamic "statement" {
    for_each = { for statement in var.extra_statements : statement.sid => statement }
    content {
      sid       = statement.key
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "task" {
  name   = "own-resources"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task.json
}

resource "aws_ecs_task_definition" "service" {
  family                   = local.full_name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }

  container_definitions = jsonencode([
    {
      name         = var.service
      image        = "${aws_ecr_repository.service.repository_url}:${var.image_tag}"
      essential    = true
      portMappings = [{ containerPort = var.port, protocol = "tcp" }]
      environment  = [for key in sort(keys(local.environment)) : { name = key, value = local.environment[key] }]
      secrets      = [for key in sort(keys(var.secrets)) : { name = key, valueFrom = var.secrets[key] }]
      # SIGTERM drains HTTP and stops the listeners within the platform's 20 s shutdown phase.
      stopTimeout = 30
      healthCheck = {
        command     = ["CMD", "java", "-cp", "/opt/probe", "ReadinessProbe"]
        interval    = 30
        timeout     = 5
        retries     = 3
        startPeriod = 90
      }
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.service.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "app"
        }
      }
    },
    {
      name              = "collector"
      image             = var.collector_image
      essential         = false
      memoryReservation = 64
      environment       = [{ name = "AOT_CONFIG_CONTENT", value = local.collector_config }]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.service.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "collector"
        }
      }
    },
  ])
}

resource "aws_ecs_service" "service" {
  name                               = "${var.service}-${var.environment}"
  cluster                            = var.cluster_arn
  task_definition                    = aws_ecs_task_definition.service.arn
  desired_count                      = var.min_tasks
  launch_type                        = "FARGATE"
  platform_version                   = "LATEST"
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = 120
  enable_ecs_managed_tags            = true
  propagate_tags                     = "SERVICE"
  wait_for_steady_state              = true

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  deployment_controller {
    type = "ECS"
  }

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [var.tasks_security_group_id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.public.arn
    container_name   = var.service
    container_port   = var.port
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.internal.arn
    container_name   = var.service
    container_port   = var.port
  }

  # Autoscaling owns the task count once the service exists.
  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_lb_listener_rule.public_api, aws_lb_listener_rule.internal]
}
