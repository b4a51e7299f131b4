import .config
