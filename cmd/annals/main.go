// Command annals reads news stories about international organizations and
// builds a cited, searchable chronicle of who did what with whom, when and
// where. Run "annals help" for its commands.
package main

import "annals/internal/cli"

func main() { cli.Main() }
