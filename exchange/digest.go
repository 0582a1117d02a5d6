package exchange

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/enclave"
)

// The EIP-712 type strings of DESIGN.md §4, exactly as Escrow hashes them.
// They are repeated here, not imported from the host-side market package, so
// the enclave depends on no chain client; a test compares the digests.
const (
	domainType        = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"
	deliveryType      = "Delivery(uint256 tradeId,address buyer,address seller,uint256 price,uint256 exchange,bytes32 root,bytes32 ciphertextCidHash,bytes32 wrappedKeyHash,uint256 validUntil)"
	sellerFaultType   = "SellerFault(uint256 tradeId,uint256 exchange,bytes32 root,uint256 chunkIndex)"
	sampleReceiptType = "SampleReceipt(uint256 tradeId,uint256 exchange)"
)

// Delivery is the EIP-712 statement an enclave signs to commit a trade
// (DESIGN.md §4 step 8).
type Delivery struct {
	TradeID           uint64
	Buyer             common.Address
	Seller            common.Address
	Price             *big.Int
	Exchange          uint64
	Root              common.Hash
	CiphertextCIDHash common.Hash
	WrappedKeyHash    common.Hash
	ValidUntil        uint64 // Unix seconds
}

func u64Word(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

func bigWord(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return common.LeftPadBytes(v.Bytes(), 32)
}

func addrWord(a common.Address) []byte { return common.LeftPadBytes(a.Bytes(), 32) }

func structHash(typ string, words ...[]byte) common.Hash {
	buf := crypto.Keccak256([]byte(typ))
	for _, w := range words {
		buf = append(buf, w...)
	}
	return crypto.Keccak256Hash(buf)
}

// domainSeparator is the EIP-712 domain separator of the enclave's attested
// configuration: its domain name, version and salt, chain id and the Escrow.
func domainSeparator(cfg *enclave.Config) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainType)),
		crypto.Keccak256([]byte(cfg.Domain.Name)),
		crypto.Keccak256([]byte(cfg.Domain.Version)),
		u64Word(cfg.ChainID),
		addrWord(cfg.Escrow),
		cfg.Domain.Salt.Bytes(),
	)
}

func typedDigest(cfg *enclave.Config, h common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator(cfg).Bytes(), h.Bytes())
}

// DeliveryDigest returns the EIP-712 digest of d under cfg's domain.
func DeliveryDigest(cfg *enclave.Config, d Delivery) common.Hash {
	return typedDigest(cfg, structHash(deliveryType, u64Word(d.TradeID), addrWord(d.Buyer), addrWord(d.Seller),
		bigWord(d.Price), u64Word(d.Exchange), d.Root.Bytes(), d.CiphertextCIDHash.Bytes(), d.WrappedKeyHash.Bytes(),
		u64Word(d.ValidUntil)))
}

// SellerFaultDigest returns the EIP-712 digest of a seller-fault statement.
func SellerFaultDigest(cfg *enclave.Config, tradeID, exchange uint64, root common.Hash, chunkIndex uint64) common.Hash {
	return typedDigest(cfg, structHash(sellerFaultType, u64Word(tradeID), u64Word(exchange), root.Bytes(), u64Word(chunkIndex)))
}

// SampleReceiptDigest returns the EIP-712 digest of a sample receipt.
func SampleReceiptDigest(cfg *enclave.Config, tradeID, exchange uint64) common.Hash {
	return typedDigest(cfg, structHash(sampleReceiptType, u64Word(tradeID), u64Word(exchange)))
}

// statementDigest is the digest of an enclave statement that no contract
// checks (trade records, ready statements) and of the owner's hand-over
// signature: keccak256 of a kind tag, the chain id, the Escrow address and
// the fields, so no such statement is ever a valid EIP-712 digest (those
// start with 0x1901) nor valid on another chain or deployment.
func statementDigest(cfg *enclave.Config, kind string, fields ...[]byte) common.Hash {
	buf := append([]byte("datatrade/exchange/"+kind+"/v1\x00"), u64Word(cfg.ChainID)...)
	buf = append(buf, cfg.Escrow.Bytes()...)
	for _, f := range fields {
		buf = append(buf, u64Word(uint64(len(f)))...)
		buf = append(buf, f...)
	}
	return crypto.Keccak256Hash(buf)
}
