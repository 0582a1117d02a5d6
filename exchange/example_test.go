package exchange_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade/exchange"
)

// Every buyer of a listing sees the same sample: the set follows from the
// seed the Market fixed once for the listing, as the contract computes it.
func ExampleSampleIndices() {
	seed := common.HexToHash("0x5eed")
	fmt.Println(exchange.SampleIndices(seed, 1))
	fmt.Println(len(exchange.SampleIndices(seed, 45)), len(exchange.SampleIndices(seed, 1000)))
	fmt.Println(exchange.SampleIndices(seed, 45))
	// Output:
	// []
	// 3 4
	// [11 13 4]
}
