package market

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 type strings of DESIGN.md §4, exactly as Escrow hashes them.
const (
	domainType        = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"
	deliveryType      = "Delivery(uint256 tradeId,address buyer,address seller,uint256 price,uint256 exchange,bytes32 root,bytes32 ciphertextCidHash,bytes32 wrappedKeyHash,uint256 validUntil)"
	sellerFaultType   = "SellerFault(uint256 tradeId,uint256 exchange,bytes32 root,uint256 chunkIndex)"
	sampleReceiptType = "SampleReceipt(uint256 tradeId,uint256 exchange)"

	// DomainName and DomainVersion name the EIP-712 domain.
	DomainName    = "datatrade"
	DomainVersion = "1"
)

// word encodes one EIP-712 atomic value as a 32-byte word.
func word(v any) []byte {
	switch x := v.(type) {
	case uint64:
		return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32)
	case *big.Int:
		return common.LeftPadBytes(x.Bytes(), 32)
	case common.Address:
		return common.LeftPadBytes(x.Bytes(), 32)
	case common.Hash:
		return x.Bytes()
	}
	panic("eip712: unsupported type") // unreachable: callers pass only the types above
}

func structHash(typ string, fields ...any) common.Hash {
	buf := crypto.Keccak256(([]byte)(typ))
	for _, f := range fields {
		buf = append(buf, word(f)...)
	}
	return crypto.Keccak256Hash(buf)
}

// DomainSeparator returns the EIP-712 domain separator of the deployment:
// name "datatrade", version "1", the chain id, the Escrow address and the
// per-deployment salt.
func (d *Deployment) DomainSeparator() common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainType)),
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		word(d.ChainID),
		word(d.Escrow),
		d.Salt.Bytes(),
	)
}

func (d *Deployment) digest(h common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.DomainSeparator().Bytes(), h.Bytes())
}

// DeliveryDigest returns the EIP-712 digest an exchange's enclave signs to
// commit a trade.
func (d *Deployment) DeliveryDigest(v Delivery) common.Hash {
	return d.digest(structHash(deliveryType, v.TradeID, v.Buyer, v.Seller, weiOrZero(v.Price), v.Exchange,
		v.Root, v.CiphertextCIDHash, v.WrappedKeyHash, uint64(v.ValidUntil.Unix())))
}

// SellerFaultDigest returns the EIP-712 digest of a seller-fault statement.
func (d *Deployment) SellerFaultDigest(tradeID, exchange uint64, root common.Hash, chunkIndex uint64) common.Hash {
	return d.digest(structHash(sellerFaultType, tradeID, exchange, root, chunkIndex))
}

// SampleReceiptDigest returns the EIP-712 digest of a sample receipt.
func (d *Deployment) SampleReceiptDigest(tradeID, exchange uint64) common.Hash {
	return d.digest(structHash(sampleReceiptType, tradeID, exchange))
}
