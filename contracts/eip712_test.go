package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
)

// TestEIP712TypeHashes checks the contract's type hashes against the type strings of DESIGN.md §4.
func TestEIP712TypeHashes(t *testing.T) {
	e := newEnv(t, [32]byte{1})
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"domain", e.esc.PackDOMAINTYPEHASH(), "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"},
		{"delivery", e.esc.PackDELIVERYTYPEHASH(), "Delivery(uint256 tradeId,address buyer,address seller,uint256 price,uint256 exchange,bytes32 root,bytes32 ciphertextCidHash,bytes32 wrappedKeyHash,uint256 validUntil)"},
		{"seller fault", e.esc.PackSELLERFAULTTYPEHASH(), "SellerFault(uint256 tradeId,uint256 exchange,bytes32 root,uint256 chunkIndex)"},
		{"sample receipt", e.esc.PackSAMPLERECEIPTTYPEHASH(), "SampleReceipt(uint256 tradeId,uint256 exchange)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := call(e, e.escrow, tt.data, func(b []byte) ([32]byte, error) {
				var h [32]byte
				copy(h[:], b)
				return h, nil
			})
			if want := crypto.Keccak256Hash([]byte(tt.want)); got != want {
				t.Errorf("got %x, want keccak(%q) = %x", got, tt.want, want)
			}
		})
	}
}

// TestEIP712Digests checks the contract's domain separator, struct hashes and digests against
// go-ethereum's independent EIP-712 implementation.
func TestEIP712Digests(t *testing.T) {
	e := newEnv(t, [32]byte{0xab, 0xcd})

	dom := call(e, e.escrow, e.esc.PackEip712Domain(), e.esc.UnpackEip712Domain)
	if dom.Fields != [1]byte{0x1f} || dom.Name != "datatrade" || dom.Version != "1" || dom.ChainId.Cmp(e.chainID) != 0 ||
		dom.VerifyingContract != e.escrowAddr || dom.DomainSalt != e.salt || len(dom.Extensions) != 0 {
		t.Errorf("eip712Domain() = %+v, want fields 0x1f, datatrade, 1, chain %s, %s, salt %x", dom, e.chainID, e.escrowAddr, e.salt)
	}
	td := e.typedData("SampleReceipt", nil)
	wantSep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	if got := call(e, e.escrow, e.esc.PackDomainSeparator(), e.esc.UnpackDomainSeparator); !bytes.Equal(got[:], wantSep) {
		t.Errorf("domainSeparator() = %x, want %x", got, []byte(wantSep))
	}

	d := contracts.EscrowDelivery{
		TradeId: big.NewInt(7), Buyer: e.buyer.addr, Seller: e.seller.addr, Price: eth(3), Exchange: big.NewInt(2),
		Root: [32]byte{1, 2, 3}, CiphertextCidHash: [32]byte{4}, WrappedKeyHash: [32]byte{5}, ValidUntil: big.NewInt(1 << 40),
	}
	f := contracts.EscrowSellerFault{TradeId: big.NewInt(7), Exchange: big.NewInt(2), Root: [32]byte{1, 2, 3}, ChunkIndex: big.NewInt(11)}
	r := contracts.EscrowSampleReceipt{TradeId: big.NewInt(7), Exchange: big.NewInt(2)}
	deliveryTD := e.typedData("Delivery", deliveryMessage(d))
	faultTD := e.typedData("SellerFault", map[string]any{"tradeId": f.TradeId, "exchange": f.Exchange, "root": f.Root[:], "chunkIndex": f.ChunkIndex})
	receiptTD := e.typedData("SampleReceipt", map[string]any{"tradeId": r.TradeId, "exchange": r.Exchange})

	hash32 := func(b []byte) ([32]byte, error) { var h [32]byte; copy(h[:], b); return h, nil }
	tests := []struct {
		name       string
		hashCall   []byte
		digestCall []byte
		structHash func() ([]byte, error)
		wantDigest []byte
	}{
		{"delivery", e.esc.PackHashDelivery(d), e.esc.PackDeliveryDigest(d),
			func() ([]byte, error) { return deliveryTD.HashStruct("Delivery", deliveryTD.Message) }, digest(t, deliveryTD)},
		{"seller fault", e.esc.PackHashSellerFault(f), e.esc.PackSellerFaultDigest(f),
			func() ([]byte, error) { return faultTD.HashStruct("SellerFault", faultTD.Message) }, digest(t, faultTD)},
		{"sample receipt", e.esc.PackHashSampleReceipt(r), e.esc.PackSampleReceiptDigest(r),
			func() ([]byte, error) { return receiptTD.HashStruct("SampleReceipt", receiptTD.Message) }, digest(t, receiptTD)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := tt.structHash()
			if err != nil {
				t.Fatal(err)
			}
			if got := call(e, e.escrow, tt.hashCall, hash32); !bytes.Equal(got[:], want) {
				t.Errorf("struct hash: got %x, want %x", got, want)
			}
			if got := call(e, e.escrow, tt.digestCall, hash32); !bytes.Equal(got[:], tt.wantDigest) {
				t.Errorf("digest: got %x, want %x", got, tt.wantDigest)
			}
		})
	}
}
