// godotenv-read parses a .env file with github.com/joho/godotenv (Debian's
// golang-github-joho-godotenv-dev) and prints how many keys it read: the Go peer of the benchmark.
package main

import (
	"fmt"
	"os"

	"github.com/joho/godotenv"
)

func main() {
	values, err := godotenv.Read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(len(values))
}
