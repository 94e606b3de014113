bucket       = "digitalbank-terraform-state"
key          = "platform/dev.tfstate"
region       = "us-east-1"
use_lockfile = true
encrypt      = true
