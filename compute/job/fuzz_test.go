package job

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// FuzzDecodeJobCreated feeds arbitrary event data to the decoder of the
// JobCreated event: it must refuse or decode, never panic, and whatever it
// decodes must respect the bounds the runner relies on.
func FuzzDecodeJobCreated(f *testing.F) {
	args, err := jobCreatedData()
	if err != nil {
		f.Fatal(err)
	}
	good, err := args.Pack([32]byte{1}, []*big.Int{big.NewInt(3)}, []common.Address{{2}}, [][32]byte{{4}},
		[]*big.Int{big.NewInt(1), big.NewInt(0)}, big.NewInt(1), big.NewInt(100), big.NewInt(1000), uint64(99), []byte("key"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-40])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		l := &types.Log{Topics: []common.Hash{topicJobCreated, common.BigToHash(big.NewInt(5)), {}}, Data: data}
		s, err := decodeJobCreated(l, 5)
		if err != nil {
			return
		}
		if s.ID != 5 || len(s.Listings) == 0 || len(s.Listings) > maxListings || len(s.Nodes) == 0 || len(s.Nodes) > maxNodes {
			t.Fatalf("decoded an out-of-bounds spec: %+v", s)
		}
	})
}

// FuzzDecodeBundle: the bundle decoder never panics and gives back what
// encodeBundle put in.
func FuzzDecodeBundle(f *testing.F) {
	f.Add(encodeBundle(Salt{1}, []byte("\x00asm")))
	f.Add([]byte{bundleVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		salt, module, err := decodeBundle(b)
		if err != nil {
			return
		}
		if again := encodeBundle(salt, module); !bytes.Equal(again, b) {
			t.Fatalf("re-encoding %x gives %x", b, again)
		}
	})
}

// FuzzMatchJobAccepted: arbitrary JobAccepted data and topics are refused
// or give a slot, never a panic.
func FuzzMatchJobAccepted(f *testing.F) {
	f.Add(common.BigToHash(big.NewInt(2)).Bytes(), uint64(7))
	f.Add([]byte{1, 2, 3}, uint64(7))
	jobs := common.Address{6}
	f.Fuzz(func(t *testing.T, data []byte, node uint64) {
		l := &types.Log{Address: jobs, Topics: []common.Hash{topicJobAccepted, common.BigToHash(big.NewInt(9)), common.BigToHash(new(big.Int).SetUint64(node))}, Data: data}
		r := &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: []*types.Log{l}}
		slot, err := matchJobAccepted(r, jobs, 9, 7)
		if err == nil && (node != 7 || len(data) != 32 || new(big.Int).SetBytes(data).Uint64() != slot) {
			t.Fatalf("accepted node %d data %x as slot %d", node, data, slot)
		}
	})
}
