"""One module per subcommand: a plain function that does the job and returns an exit code."""
