bucket       = "digitalbank-terraform-state"
key          = "platform/sit.tfstate"
region       = "us-east-1"
use_lockfile = true
encrypt      = true
