package lightclient_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// The host proves a payment to the enclave: it builds the receipt proof
// from the block's receipts, bundles it with the headers the enclave lacks
// and sends the encoding; the enclave decodes, verifies and matches the
// event against the trade it was asked about.
func Example() {
	// A block whose second transaction paid trade 7 the price of 5 wei.
	escrow := common.Address{3}
	price := big.NewInt(5)
	receipts := types.Receipts{
		{Type: types.DynamicFeeTxType, Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: 21000},
		{Type: types.DynamicFeeTxType, Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: 50000, Logs: []*types.Log{{
			Address: escrow, Topics: []common.Hash{tradePaidTopic, common.BigToHash(big.NewInt(7))}, Data: common.BigToHash(price).Bytes(),
		}}},
	}
	headers, err := syntheticChain(3, receipts) // the paying block and two on top
	if err != nil {
		fmt.Println(err)
		return
	}

	// Host side.
	p, err := proof.BuildReceiptProofForBlock(headers[0].Header, receipts, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	wire, err := (&lightclient.Evidence{Headers: headers, Receipt: p}).Encode()
	if err != nil {
		fmt.Println(err)
		return
	}

	// Enclave side: the configuration is the attested one (checkpoint,
	// authority, window, 1 confirmation).
	lc, err := lightclient.New(syntheticConfig(), lightclient.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, err := lightclient.DecodeEvidence(wire)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := lc.VerifyEvidence(ev)
	if err != nil {
		fmt.Println(err)
		return
	}
	l, err := lightclient.MatchEvent(r, escrow, tradePaidTopic, big.NewInt(7), lightclient.WantWord(0, price))
	if err != nil {
		fmt.Println(err)
		return
	}
	depth, final := lc.Confirmed(l.BlockHash)
	fmt.Printf("trade 7 paid in block %d, %d blocks on top, final: %v\n", l.BlockNumber, depth, final)
	// Output: trade 7 paid in block 11, 2 blocks on top, final: true
}
