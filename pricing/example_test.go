package pricing_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade/pricing"
)

func ExampleSecondPrice() {
	bids := []pricing.Bid{
		{Bidder: common.HexToAddress("0x0a"), Amount: big.NewInt(300)},
		{Bidder: common.HexToAddress("0x0b"), Amount: big.NewInt(500)},
		{Bidder: common.HexToAddress("0x0c"), Amount: big.NewInt(400)},
	}
	out, err := pricing.SecondPrice(bids, big.NewInt(100))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.Winners[0].Bidder.Hex(), "pays", out.Price, "wei")
	// Output: 0x000000000000000000000000000000000000000b pays 400 wei
}

func ExampleMcAfee() {
	bid := func(a string, v int64) pricing.Bid {
		return pricing.Bid{Bidder: common.HexToAddress(a), Amount: big.NewInt(v)}
	}
	buyers := []pricing.Bid{bid("0x1", 10), bid("0x2", 9), bid("0x3", 8), bid("0x4", 2)}
	sellers := []pricing.Bid{bid("0x5", 1), bid("0x6", 3), bid("0x7", 5), bid("0x8", 9)}
	out, err := pricing.McAfee(buyers, sellers)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(out.Trades), "trades at", out.BuyerPrice, "wei, surplus", out.Surplus)
	// Output: 3 trades at 5 wei, surplus 0
}
