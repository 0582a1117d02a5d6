package exchange

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/lightclient"
)

// EvidenceVerifier verifies encoded chain evidence inside the enclave and
// returns the receipt it proves, only for a successful transaction in a
// block that is final (enough confirmations on the authenticated chain).
// It returns ECONFLICT when the block is not final yet.
type EvidenceVerifier interface {
	VerifyEvidence(evidence []byte) (*types.Receipt, error)
}

// LightClient adapts the enclave's light client to EvidenceVerifier.
type LightClient struct{ Client *lightclient.Client }

var _ EvidenceVerifier = LightClient{}

// VerifyEvidence decodes evidence (lightclient.Evidence.Encode) and verifies
// it with the light client.
func (l LightClient) VerifyEvidence(evidence []byte) (*types.Receipt, error) {
	e, err := lightclient.DecodeEvidence(evidence)
	if err != nil {
		return nil, err
	}
	return l.Client.VerifyEvidence(e)
}

// Event signatures of the Escrow (contracts/Escrow.sol).
var (
	topicTradeOpened    = crypto.Keccak256Hash([]byte("TradeOpened(uint256,uint256,address,address,uint256,uint256,bytes32,uint256[],uint64,bytes)"))
	topicTradePaid      = crypto.Keccak256Hash([]byte("TradePaid(uint256,uint256)"))
	topicTradeCommitted = crypto.Keccak256Hash([]byte("TradeCommitted(uint256,uint256,bytes32,bytes32,uint64)"))
	// topicSampleFixed is the Market's SampleFixed(uint256 indexed id, bytes32 seed).
	topicSampleFixed = crypto.Keccak256Hash([]byte("SampleFixed(uint256,bytes32)"))
)

// The Market's sample rule (contracts/Market.sol).
const (
	maxSamples      = 4
	chunksPerSample = 20
)

// SampleIndices returns a listing's fixed sample set exactly as the Market's
// sampleIndices does: sampleSize(n) = 0 for n <= 1, else
// min(4, ceil(n/20)) distinct indices, for j = 0, 1, … the index
// uint256(keccak256(abi.encode(seed, j))) % n, skipping repeats.
func SampleIndices(seed common.Hash, chunkCount uint32) []uint64 {
	if chunkCount <= 1 {
		return nil
	}
	k := min(maxSamples, (uint64(chunkCount)+chunksPerSample-1)/chunksPerSample)
	out := make([]uint64, 0, k)
	n := new(big.Int).SetUint64(uint64(chunkCount))
	for j := uint64(0); uint64(len(out)) < k; j++ {
		h := crypto.Keccak256(seed.Bytes(), u64Word(j))
		idx := new(big.Int).Mod(new(big.Int).SetBytes(h), n).Uint64()
		dup := false
		for _, o := range out {
			dup = dup || o == idx
		}
		if !dup {
			out = append(out, idx)
		}
	}
	return out
}

// eventArgs returns the ABI arguments of an event's non-indexed fields.
func eventArgs(types ...string) (abi.Arguments, error) {
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		ty, err := abi.NewType(t, "", nil)
		if err != nil {
			return nil, fmt.Errorf("abi type %s: %w", t, err)
		}
		args[i] = abi.Argument{Type: ty}
	}
	return args, nil
}

// tradeOpenedData is the non-indexed part of TradeOpened: seller, price,
// feeDeposit, root, exchangeIds, deadline, buyerPubKey.
func tradeOpenedData() (abi.Arguments, error) {
	return eventArgs("address", "uint256", "uint256", "bytes32", "uint256[]", "uint64", "bytes")
}

// tradeCommittedData is the non-indexed part of TradeCommitted:
// ciphertextCidHash, wrappedKeyHash, revealDeadline.
func tradeCommittedData() (abi.Arguments, error) {
	return eventArgs("bytes32", "bytes32", "uint64")
}

// decodeTradeOpened decodes a TradeOpened log already matched to the Escrow
// and the trade id.
func decodeTradeOpened(l *types.Log, tradeID uint64) (*Trade, error) {
	bad := func(what string) error {
		return datatrade.Errorf(datatrade.EINTEGRITY, "TradeOpened event for trade %d: %s", tradeID, what)
	}
	if len(l.Topics) != 4 {
		return nil, bad("wrong number of topics")
	}
	listing := new(big.Int).SetBytes(l.Topics[2].Bytes())
	if !listing.IsUint64() {
		return nil, bad("listing id out of range")
	}
	args, err := tradeOpenedData()
	if err != nil {
		return nil, err
	}
	vals, err := args.Unpack(l.Data)
	if err != nil || len(vals) != 7 {
		return nil, bad("malformed data")
	}
	seller, ok1 := vals[0].(common.Address)
	price, ok2 := vals[1].(*big.Int)
	fee, ok3 := vals[2].(*big.Int)
	root, ok4 := vals[3].([32]byte)
	ids, ok5 := vals[4].([]*big.Int)
	deadline, ok6 := vals[5].(uint64)
	pub, ok7 := vals[6].([]byte)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 {
		return nil, bad("malformed data")
	}
	t := &Trade{
		ID:          tradeID,
		Listing:     listing.Uint64(),
		Buyer:       common.BytesToAddress(l.Topics[3].Bytes()),
		Seller:      seller,
		Price:       new(big.Int).Set(price),
		FeeDeposit:  new(big.Int).Set(fee),
		Root:        root,
		Deadline:    deadline,
		BuyerPubKey: append([]byte(nil), pub...),
	}
	for _, id := range ids {
		if !id.IsUint64() {
			return nil, bad("exchange id out of range")
		}
		t.Exchanges = append(t.Exchanges, id.Uint64())
	}
	return t, nil
}
