// Temporary helper: runs lexicon.Validate (deleted after use).
package main

import (
	"fmt"

	"github.com/dyad-news/dyad/internal/lexicon"
)

func main() {
	ps, err := lexicon.Validate()
	if err != nil {
		panic(err)
	}
	for _, p := range ps {
		fmt.Println(p)
	}
	fmt.Println(len(ps), "problems")
}
