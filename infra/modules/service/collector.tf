# The OpenTelemetry collector sidecar (AWS Distro): traces from the service's OTLP exporter to
# X-Ray, and the service's own Prometheus gauges that CloudWatch has no other way to see (the
# outbox's age, the DLQ gauge, stuck sagas) to CloudWatch metrics.
locals {
  collector_config = yamlencode({
    receivers = {
      otlp = { protocols = { http = { endpoint = "127.0.0.1:4318" } } }
      prometheus = {
        config = {
          scrape_configs = [{
            job_name        = var.service
            scrape_interval = "60s"
            metrics_path    = "/actuator/prometheus"
            static_configs  = [{ targets = ["127.0.0.1:${var.port}"] }]
            metric_relabel_configs = [
              { source_labels = ["__name__"], regex = "outbox_.*|saga_.*|sqs_dead_letter_messages", action = "keep" },
              # The dimension the alarms and the dashboard select the service by.
              { target_label = "Service", replacement = var.service, action = "replace" },
            ]
          }]
        }
      }
    }
    processors = { batch = {} }
    exporters = {
      awsxray = {}
      awsemf = {
        namespace                        = var.metrics_namespace
        log_group_name                   = aws_cloudwatch_log_group.service.name
        log_stream_name                  = "metrics"
        dimension_rollup_option          = "NoDimensionRollup"
        resource_to_telemetry_conversion = { enabled = false }
        metric_declarations = [{
          dimensions            = [["Service"]]
          metric_name_selectors = ["outbox_.*", "saga_.*", "sqs_dead_letter_messages"]
        }]
      }
    }
    service = {
      pipelines = {
        traces  = { receivers = ["otlp"], processors = ["batch"], exporters = ["awsxray"] }
        metrics = { receivers = ["prometheus"], processors = ["batch"], exporters = ["awsemf"] }
      }
    }
  })
}
