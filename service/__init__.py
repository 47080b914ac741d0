"""LeadMiner service: persistence, jobs, API, web UI and the command line."""
