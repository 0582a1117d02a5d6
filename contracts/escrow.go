// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// EscrowDelivery is an auto generated low-level Go binding around an user-defined struct.
type EscrowDelivery struct {
	TradeId           *big.Int
	Buyer             common.Address
	Seller            common.Address
	Price             *big.Int
	Exchange          *big.Int
	Root              [32]byte
	CiphertextCidHash [32]byte
	WrappedKeyHash    [32]byte
	ValidUntil        *big.Int
}

// EscrowExchangeSnapshot is an auto generated low-level Go binding around an user-defined struct.
type EscrowExchangeSnapshot struct {
	Id          *big.Int
	Fee         *big.Int
	Measurement [32]byte
	Signer      common.Address
	Payee       common.Address
}

// EscrowSampleReceipt is an auto generated low-level Go binding around an user-defined struct.
type EscrowSampleReceipt struct {
	TradeId  *big.Int
	Exchange *big.Int
}

// EscrowSellerFault is an auto generated low-level Go binding around an user-defined struct.
type EscrowSellerFault struct {
	TradeId    *big.Int
	Exchange   *big.Int
	Root       [32]byte
	ChunkIndex *big.Int
}

// EscrowTrade is an auto generated low-level Go binding around an user-defined struct.
type EscrowTrade struct {
	Buyer             common.Address
	Seller            common.Address
	ListingId         *big.Int
	Price             *big.Int
	Root              [32]byte
	Licence           uint8
	FeeDeposit        *big.Int
	OpenedAt          uint64
	Deadline          uint64
	State             uint8
	CommittedExchange *big.Int
	CommittedIndex    uint8
	CiphertextCidHash [32]byte
	WrappedKeyHash    [32]byte
	RevealDeadline    uint64
	HasSample         bool
	SampleIndex       uint8
	CancelledAt       uint64
	FeeSettled        bool
	BuyerPubKey       []byte
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractExchangeRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sampleClaimWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadExchangeCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadExchangeIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"DeadlineTooFar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"DemandClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"DuplicateExchange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"ExchangeNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"ExchangeNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"FeeAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingIsLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementIsRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerIndex\",\"type\":\"uint256\"}],\"name\":\"OfferStale\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"SampleAlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"SampleClaimClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"SampleClaimOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"}],\"name\":\"SampleNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"SellerChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"}],\"name\":\"StatementExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TradeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refundableAfter\",\"type\":\"uint256\"}],\"name\":\"TradeNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"UnknownTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrappedKeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"WrongAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"wrappedKey\",\"type\":\"bytes\"}],\"name\":\"KeyRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"SampleRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"chunkIndex\",\"type\":\"uint256\"}],\"name\":\"SellerFaultProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"TradeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextCidHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"wrappedKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"TradeCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TradeCompensated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeDeposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"exchangeIds\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"buyerPubKey\",\"type\":\"bytes\"}],\"name\":\"TradeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TradePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toBuyer\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toExchange\",\"type\":\"uint256\"}],\"name\":\"TradeRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DELIVERY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DURATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EXCHANGES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NAME\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SAMPLE_RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SELLER_FAULT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchangeIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"wrappedKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"compensate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchange\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"wrappedKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.Delivery\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"deliveryDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"domainSalt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"getTrade\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"licence\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"feeDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"openedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"committedExchange\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"committedIndex\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"wrappedKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"hasSample\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"sampleIndex\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"cancelledAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"feeSettled\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"buyerPubKey\",\"type\":\"bytes\"}],\"internalType\":\"structEscrow.Trade\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"getTradeExchanges\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"internalType\":\"structEscrow.ExchangeSnapshot[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"getWrappedKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchange\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"wrappedKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"validUntil\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.Delivery\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"hashDelivery\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchange\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.SampleReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"hashSampleReceipt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchange\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"chunkIndex\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.SellerFault\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"hashSellerFault\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"exchangeIds\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"buyerPubKey\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"exchangeIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"openOffer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchangeIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"recordSample\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractExchangeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"wrappedKey\",\"type\":\"bytes\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"salt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sampleClaimWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchange\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.SampleReceipt\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"sampleReceiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchangeIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"sellerFault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchange\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"chunkIndex\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.SellerFault\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"sellerFaultDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"settleCancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tradeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Escrow",
	Bin: "0x610160604052348015610010575f5ffd5b50604051614d63380380614d6383398101604081905261002f9161017d565b60015f556001600160a01b03808616608052841660a05260c08390526001600160401b0380831660e052811661010052466101205261013c604080518082018252600981526864617461747261646560b81b6020918201528151808301835260018152603160f81b9082015260c0805183517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac56472818501527f45cd6c2dca73f75e651c87a7eb5e8d34d17a38710bc34b350b04a909bb74c9fc818601527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a0820152808301919091528351808203909201825260e001909252815191012090565b61014052506101dd9350505050565b6001600160a01b038116811461015f575f5ffd5b50565b80516001600160401b0381168114610178575f5ffd5b919050565b5f5f5f5f5f60a08688031215610191575f5ffd5b855161019c8161014b565b60208701519095506101ad8161014b565b604087015190945092506101c360608701610162565b91506101d160808701610162565b90509295509295909350565b60805160a05160c05160e051610100516101205161014051614a716102f25f395f6127fe01525f6127d601525f81816102c00152818161089f01528181611017015261234a01525f81816105810152610d0701525f81816106c6015281816118c101526128d501525f818161050801528181610df701528181610f840152818161178301528181611aa801528181611b9c01528181611c8801528181611d0b01528181611de50152818161207a01528181612164015281816122170152818161310d01526131ba01525f81816102450152818161048a0152818161252f0152818161269901528181612b3201528181612ecc0152818161348e0152818161357c0152818161360e015261371a0152614a715ff3fe608060405260043610610235575f3560e01c806396c00aa011610129578063c290d691116100a8578063f46c0f291161006d578063f46c0f2914610782578063f698da25146107a1578063fafd44b1146107b5578063fe7992c2146107d5578063ffa1ad74146107f4575f5ffd5b8063c290d691146106e8578063c95e30b2146106fb578063ce8056421461071a578063d5d44d8014610739578063f43cc7731461076d575f5ffd5b8063b1724b46116100ee578063b1724b4614610661578063b5bd3eb914610677578063bd55022a1461068c578063bebe0f7f146106a1578063bfa0b133146106b5575f5ffd5b806396c00aa0146105a357806397c62d44146105c2578063a3048d7f146105d5578063a3ee5258146105f4578063a3f4df7e14610620575f5ffd5b806348723bad116101b55780637f87c9eb1161017a5780637f87c9eb146104e457806380f55605146104f757806381a9e6c61461052a57806384b0196e14610549578063863d22c714610570575f5ffd5b806348723bad1461041c578063669ecdd91461043b5780637a052e471461045a5780637b103999146104795780637d1d8323146104c4575f5ffd5b806320606b70116101fb57806320606b701461036b578063278ecde11461039e5780632db25e05146103bd5780633ccfd60b146103e957806340e58ee5146103fd575f5ffd5b8062c3cac31461029057806309eb3a74146102af5780630fe62d53146102ff578063163ab1b91461032d5780631e6089a21461034c575f5ffd5b3661028c57336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461028a5760405163c980a22160e01b81523360048201526024015b60405180910390fd5b005b5f5ffd5b34801561029b575f5ffd5b5061028a6102aa3660046139eb565b610820565b3480156102ba575f5ffd5b506102e27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b34801561030a575f5ffd5b5061031f5f5160206149dc5f395f51905f5281565b6040519081526020016102f6565b348015610338575f5ffd5b5061031f610347366004613a39565b610af9565b348015610357575f5ffd5b5061028a610366366004613a53565b610b23565b348015610376575f5ffd5b5061031f7fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647281565b3480156103a9575f5ffd5b5061028a6103b8366004613ac0565b610eb2565b3480156103c8575f5ffd5b506103dc6103d7366004613ac0565b61119d565b6040516102f69190613b58565b3480156103f4575f5ffd5b5061028a61141a565b348015610408575f5ffd5b5061028a610417366004613ac0565b61152d565b348015610427575f5ffd5b5061031f610436366004613cd6565b611678565b348015610446575f5ffd5b5061031f610455366004613ce7565b6116c5565b348015610465575f5ffd5b5061031f610474366004613cd6565b611719565b348015610484575f5ffd5b506104ac7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102f6565b3480156104cf575f5ffd5b5061031f5f5160206149fc5f395f51905f5281565b61031f6104f2366004613d4c565b611762565b348015610502575f5ffd5b506104ac7f000000000000000000000000000000000000000000000000000000000000000081565b348015610535575f5ffd5b5061031f610544366004613a39565b611857565b348015610554575f5ffd5b5061055d611878565b6040516102f69796959493929190613dd5565b34801561057b575f5ffd5b506102e27f000000000000000000000000000000000000000000000000000000000000000081565b3480156105ae575f5ffd5b5061028a6105bd366004613e6b565b61193b565b61031f6105d0366004613ec6565b611b7b565b3480156105e0575f5ffd5b5061031f6105ef366004613ce7565b611e90565b3480156105ff575f5ffd5b5061061361060e366004613ac0565b611eca565b6040516102f69190613f2b565b34801561062b575f5ffd5b506106546040518060400160405280600981526020016864617461747261646560b81b81525081565b6040516102f69190613fa9565b34801561066c575f5ffd5b5061031f62278d0081565b348015610682575f5ffd5b5061031f60025481565b348015610697575f5ffd5b5061031f60015481565b3480156106ac575f5ffd5b5061031f600881565b3480156106c0575f5ffd5b5061031f7f000000000000000000000000000000000000000000000000000000000000000081565b61028a6106f6366004613ac0565b611f74565b348015610706575f5ffd5b5061028a610715366004613ac0565b6122e5565b348015610725575f5ffd5b5061028a610734366004613fc2565b61242b565b348015610744575f5ffd5b5061031f610753366004614028565b6001600160a01b03165f9081526007602052604090205490565b348015610778575f5ffd5b5061031f60035481565b34801561078d575f5ffd5b5061028a61079c366004613ac0565b6125e7565b3480156107ac575f5ffd5b5061031f6127d3565b3480156107c0575f5ffd5b5061031f5f516020614a1c5f395f51905f5281565b3480156107e0575f5ffd5b506106546107ef366004613ac0565b612917565b3480156107ff575f5ffd5b50610654604051806040016040528060018152602001603160f81b81525081565b6108286129be565b5f610832856129e6565b9050600780820154600160801b900460ff16600881111561085557610855613ad7565b0361090157600c810154600160901b900460ff161561088a57604051632c22128760e01b815260048101869052602401610281565b600c8101545f906108ce906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160501b900416614057565b9050804211156108fb57604051630197628360e31b81526004810187905260248101829052604401610281565b5061096f565b60016007820154600160801b900460ff16600881111561092357610923613ad7565b1461096f5760078101548590600160801b900460ff16600881111561094a5761094a613ad7565b60405163800b061560e01b8152600481019290925260ff166024820152604401610281565b5f61097a8686612a3a565b600c830154909150600160401b900460ff16156109f3575f868152600560205260409020600c8301548154889291600160481b900460ff169081106109c1576109c161406a565b5f9182526020909120600590910201546040516308b9529160e21b815260048101929092526024820152604401610281565b6040805180820182528781528251602080830191825283515f5160206149dc5f395f51905f529181019190915282519381019390935251606083015290610a6390610a57906080015b60405160208183030381529060405280519060200120612bd0565b86868560600151612bfc565b600c8301805460ff8816600160481b0269ffff00000000000000001990911617600160401b179055815160405188907fa110d3fc022f270e80a3db32c8fde4e29b5fd26c7722d9a7febf8d7d3a98b369905f90a3600780840154600160801b900460ff166008811115610ad857610ad8613ad7565b03610ae757610ae78784612cc1565b505050610af360015f55565b50505050565b5f610b1d5f5160206149fc5f395f51905f5283604051602001610a3c92919061407e565b92915050565b610b2b6129be565b5f610b35886129e6565b9050610b4388826002612daf565b6007810154600160401b90046001600160401b0316421115610b965760078101546040516393a3a0b760e01b8152600481018a9052600160401b9091046001600160401b03166024820152604401610281565b83421115610bba576040516303f35d1b60e41b815260048101859052602401610281565b5f610bc58989612a3a565b60408051610120810182528b815284546001600160a01b039081166020808401919091526001870154909116828401526003860154606083015283516080830152600486015460a083015260c082018b905260e082018a90526101008201899052915192935091610cc691610a5791610a3c915f5160206149fc5f395f51905f52918691015f610140820190508382528251602083015260018060a01b03602084015116604083015260018060a01b03604084015116606083015260608301516080830152608083015160a083015260a083015160c083015260c083015160e083015260e08301516101008301526101008301516101208301529392505050565b60078301805460ff60801b1916600360801b1790558151600884015560098301805460ff191660ff8b16179055600a8301889055600b83018790555f610d2c7f00000000000000000000000000000000000000000000000000000000000000004261411a565b600c8501805467ffffffffffffffff19166001600160401b03831617905560018501546003860154919250610d6c918d916001600160a01b031690612e08565b610d7f8b84608001518560200151612e08565b835460208401516006860154610dac928e926001600160a01b0390911691610da79190614139565b612e08565b610dbb8b85600301548c612eab565b600584015460ff165f03610e4f576002840154845460405163b8cb243d60e01b815260048101929092526001600160a01b0390811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063b8cb243d906044015f604051808303815f87803b158015610e38575f5ffd5b505af1158015610e4a573d5f5f3e3d5ffd5b505050505b8251604080518b8152602081018b90526001600160401b0384168183015290518d917fb387d3d1f77c2e986e8f3702877556cdeec361636ba91adea45b89402d56fb8e919081900360600190a350505050610ea960015f55565b50505050505050565b610eba6129be565b5f610ec4826129e6565b6007810154909150600160801b900460ff165f806002836008811115610eec57610eec613ad7565b03610fe9576007840154600160401b90046001600160401b03164211610f4357600784015460405163c8bd685560e01b815260048101879052600160401b9091046001600160401b03166024820152604401610281565b83600601548460030154610f579190614057565b600585015490925060ff165f03610fe457600284015460405163a52c428d60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a52c428d906024015f604051808303815f87803b158015610fcd575f5ffd5b505af1158015610fdf573d5f5f3e3d5ffd5b505050505b611116565b6001836008811115610ffd57610ffd613ad7565b036111035760078401545f90611046906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160401b900416614057565b90508042116110725760405163c8bd685560e01b81526004810187905260248101829052604401610281565b6006850154600c860154909350600160401b900460ff16156110fd575f868152600560205260408120600c8701548154600160481b90910460ff169081106110bc576110bc61406a565b5f91825260209091206005909102016001810154935090506110de8385614139565b60048201549094506110fb9088906001600160a01b031685612e08565b505b50611116565b8483600881111561094a5761094a613ad7565b60078401805460ff60801b1916600360811b17905583546111429086906001600160a01b031684612e08565b6111528585600301545f19612eab565b604080518381526020810183905286917fd2700ea856de2d2da9ad39d7a8fb53728c030d94f4eb5ab534c22b523ad60794910160405180910390a25050505061119a60015f55565b50565b60408051610280810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e0820183905261020082018390526102208201839052610240820192909252610260810191909152611248826129e6565b604080516102808101825282546001600160a01b03908116825260018401541660208201526002830154918101919091526003820154606082015260048201546080820152600582015460ff90811660a0830152600683015460c083015260078301546001600160401b0380821660e0850152600160401b820416610100840152919291610120840191600160801b9091041660088111156112ec576112ec613ad7565b60088111156112fd576112fd613ad7565b815260088201546020820152600982015460ff9081166040830152600a8301546060830152600b8301546080830152600c8301546001600160401b0380821660a0850152600160401b82048316151560c0850152600160481b8204831660e0850152600160501b820416610100840152600160901b9004161515610120820152600d82018054610140909201916113939061414c565b80601f01602080910402602001604051908101604052809291908181526020018280546113bf9061414c565b801561140a5780601f106113e15761010080835404028352916020019161140a565b820191905f5260205f20905b8154815290600101906020018083116113ed57829003601f168201915b5050505050815250509050919050565b6114226129be565b335f908152600760205260408120549081900361145457604051636e34ee0b60e11b8152336004820152602401610281565b335f90815260076020526040812081905560028054839290611477908490614139565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146114f0576040519150601f19603f3d011682016040523d82523d5f602084013e6114f5565b606091505b505090508061152057604051630e21dcbb60e11b815233600482015260248101839052604401610281565b505061152b60015f55565b565b6115356129be565b5f61153f826129e6565b80549091506001600160a01b031633146115755760405163478f059d60e11b815260048101839052336024820152604401610281565b61158182826001612daf565b6007810154600160401b90046001600160401b03164211156115d45760078101546040516393a3a0b760e01b815260048101849052600160401b9091046001600160401b03166024820152604401610281565b6007818101805460ff60801b1916600160801b830217905550600c8101805467ffffffffffffffff60501b1916600160501b426001600160401b03160217905560038101546116269083905f19612eab565b60405182907f4e02dcf02d8510f6c8a6878a3c54ae6e2bfbf552df29221d7a1eed173a6b1ae7905f90a2600c810154600160401b900460ff161561166e5761166e8282612cc1565b5061119a60015f55565b604080515f516020614a1c5f395f51905f526020808301919091528335828401528301356060808301919091529183013560808201529082013560a08201525f90610b1d9060c001610a3c565b5f5f5160206149dc5f395f51905f52826040516020016116fc92919091825280356020808401919091520135604082015260600190565b604051602081830303815290604052805190602001209050919050565b604080515f516020614a1c5f395f51905f526020808301919091528335828401528301356060808301919091529183013560808201529082013560a08201525f9060c0016116fc565b5f61176b6129be565b60405163083d13a560e11b8152600481018890525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063107a274a906024015f60405180830381865afa1580156117cf573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526117f6919081019061434d565b905061184188828360c001518a8a8a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508c9250612f77915050565b91505061184d60015f55565b9695505050505050565b5f5f5160206149fc5f395f51905f52826040516020016116fc92919061407e565b5f6060805f5f5f60606040518060400160405280600981526020016864617461747261646560b81b815250604051806040016040528060018152602001603160f81b81525046307f00000000000000000000000000000000000000000000000000000000000000005f6001600160401b038111156118f8576118f8614184565b604051908082528060200260200182016040528015611921578160200160208202803683370190505b50601f60f81b9d959c50939a509198509650945092509050565b6119436129be565b5f61194d866129e6565b6007810154909150600160801b900460ff16600181600881111561197357611973613ad7565b141580156119935750600281600881111561199057611990613ad7565b14155b156119ab578681600881111561094a5761094a613ad7565b5f6119b68888612a3a565b60408051608080820183528b825283516020808401918252600489015484860190815260608086018e815287515f516020614a1c5f395f51905f5294810194909452865197840197909752925192820192909252905191810191909152915160a0830152919250611a3990611a2d9060c001610a3c565b87878560600151612bfc565b60078401805460ff60801b1916600160831b17905560068401546002846008811115611a6757611a67613ad7565b03611b08576003850154611a7b9082614057565b600586015490915060ff165f03611b0857600285015460405163a52c428d60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a52c428d906024015f604051808303815f87803b158015611af1575f5ffd5b505af1158015611b03573d5f5f3e3d5ffd5b505050505b8454611b1f908b906001600160a01b031683612e08565b611b2f8a86600301545f19612eab565b82516040518981528b907fb333ef6a8bdc69ec32ebbf4e57b51bcf46e394313762a83e949f2f61caca81d19060200160405180910390a35050505050611b7460015f55565b5050505050565b5f611b846129be565b6040516306b09ccf60e21b8152600481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631ac2733c906024015f60405180830381865afa158015611be8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c0f91908101906144b9565b80519091506001600160a01b03163314611c445760405163478f059d60e11b81525f6004820152336024820152604401610281565b8060a00151611c6957604051636a276eed60e01b815260048101889052602401610281565b604051633cd0cd6760e01b815260048101889052602481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633cd0cd6790604401608060405180830381865afa158015611cd5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cf9919061458a565b905080602001516001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e835f01516040518263ffffffff1660e01b8152600401611d5a91815260200190565b602060405180830381865afa158015611d75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d9991906145fc565b6001600160a01b031614611dca576040516329d0c07160e11b81526004810189905260248101889052604401610281565b805160405163083d13a560e11b81525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163107a274a91611e1c9160040190815260200190565b5f60405180830381865afa158015611e36573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611e5d919081019061434d565b9050611e79825f01518284604001518a8a88606001518b612f77565b9350505050611e8760015f55565b95945050505050565b5f610b1d5f5160206149dc5f395f51905f5283604051602001610a3c92919091825280356020808401919091520135604082015260600190565b6060611ed5826129e6565b505f82815260056020908152604080832080548251818502810185019093528083529193909284015b82821015611f69575f8481526020908190206040805160a08101825260058602909201805483526001808201548486015260028201549284019290925260038101546001600160a01b0390811660608501526004909101541660808301529083529092019101611efe565b505050509050919050565b611f7c6129be565b5f611f86826129e6565b80549091506001600160a01b03163314611fbc5760405163478f059d60e11b815260048101839052336024820152604401610281565b611fc882826001612daf565b6007810154600160401b90046001600160401b031642111561201b5760078101546040516393a3a0b760e01b815260048101849052600160401b9091046001600160401b03166024820152604401610281565b8060030154341461204e57600381015460405163312b003360e01b81523460048201526024810191909152604401610281565b600581015460ff165f036122785760028101546040516331a9108f60e11b81525f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691636352211e916120b19160040190815260200190565b602060405180830381865afa1580156120cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120f091906145fc565b60018301549091506001600160a01b038083169116146121485760028201546001830154604051631db33a4760e11b815260048101929092526001600160a01b03908116602483015282166044820152606401610281565b600282015460405163f6aacfb160e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f6aacfb190602401602060405180830381865afa1580156121b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121d59190614617565b156121fb57816002015460405163ab4670e560e01b815260040161028191815260200190565b6002820154604051634a3f0bf960e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634a3f0bf9906024015f604051808303815f87803b158015612260575f5ffd5b505af1158015612272573d5f5f3e3d5ffd5b50505050505b60078101805460ff60801b1916600160811b179055600380543491905f906122a1908490614057565b909155505060405134815282907fd17ae350a1b32239845d8cd8e7bf203c32dd77bdfbceb9c7ab5a7e25445628b19060200160405180910390a25061119a60015f55565b6122ed6129be565b5f6122f7826129e6565b905061230582826007612daf565b600c810154600160901b900460ff161561233557604051632c22128760e01b815260048101839052602401610281565b600c8101545f90612379906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160501b900416614057565b90508042116123a557604051630be9cc0360e41b81526004810184905260248101829052604401610281565b600c8201805460ff60901b1916600160901b179055815460068301546123d89185916001600160a01b0390911690612e08565b815460068301546040519081526001600160a01b039091169084907f2719a83472e27d5580391b7c2f377ff9a69ab002b2fa2ac42bf8cf2f331ca0a19060200160405180910390a3505061119a60015f55565b6124336129be565b5f61243d846129e6565b905061244b84826003612daf565b600c8101546001600160401b031642111561249157600c81015460405163f2a953cd60e01b8152600481018690526001600160401b039091166024820152604401610281565b5f83836040516124a2929190614630565b6040518091039020905081600b015481146124e057600b82015460405163c1dfe0a960e01b8152600481019190915260248101829052604401610281565b60078201805460ff60801b1916600160821b1790555f85815260066020526040902061250d848683614683565b506008820154600383015460405163074eb10b60e21b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692631d3ac42c9261256b92600401918252602082015260400190565b5f604051808303815f87803b158015612582575f5ffd5b505af1158015612594573d5f5f3e3d5ffd5b505050508160080154857ffb0ac4b3e864691d237233bb06d1cc2991f8c2bf0da3a24e1373289e62f8284a86866040516125cf92919061473c565b60405180910390a350506125e260015f55565b505050565b6125ef6129be565b5f6125f9826129e6565b905061260782826003612daf565b600c8101546001600160401b0316421161264c57600c8101546040516332f8039560e21b8152600481018490526001600160401b039091166024820152604401610281565b600781018054600560801b60ff60801b1990911617905560088101546003820154604051630a704a1360e41b81526004810192909252602482015230604482015247906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a704a130906064015f604051808303815f87803b1580156126da575f5ffd5b505af11580156126ec573d5f5f3e3d5ffd5b505050505f81476126fd9190614139565b83546001600160a01b03165f9081526007602052604081208054929350839290919061272a908490614057565b925050819055508060025f8282546127429190614057565b9091555050825460405182815285916001600160a01b0316907f796a6ec99f41042b589b3c8dfab9ec6ae027e9c6599a6a4e311aa00a19ebdb1f9060200160405180910390a38260080154847f0ec6447b2cf3a5603971b0b801ea1032ac3d23def6b4c74c9ada60ea2cc50e7c836040516127bf91815260200190565b60405180910390a350505061119a60015f55565b5f7f0000000000000000000000000000000000000000000000000000000000000000460361282057507f000000000000000000000000000000000000000000000000000000000000000090565b50604080518082018252600981526864617461747261646560b81b6020918201528151808301835260018152603160f81b9082015281517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac56472818301527f45cd6c2dca73f75e651c87a7eb5e8d34d17a38710bc34b350b04a909bb74c9fc818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c0808301919091528351808303909101815260e0909101909252815191012090565b6060612922826129e6565b505f828152600660205260409020805461293b9061414c565b80601f01602080910402602001604051908101604052809291908181526020018280546129679061414c565b80156129b25780601f10612989576101008083540402835291602001916129b2565b820191905f5260205f20905b81548152906001019060200180831161299557829003601f168201915b50505050509050919050565b60025f54036129e057604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b5f818152600460205260408120906007820154600160801b900460ff166008811115612a1457612a14613ad7565b03612a3557604051634bc5e35560e01b815260048101839052602401610281565b919050565b612a796040518060a001604052805f81526020015f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681525090565b5f83815260056020526040902080548310612ab15760405163582829e360e11b81526004810185905260248101849052604401610281565b808381548110612ac357612ac361406a565b5f9182526020918290206040805160a08101825260059390930290910180548352600181015493830193909352600283015482820181905260038401546001600160a01b039081166060850152600494850154811660808501529151634294857f60e01b8152938401529093507f00000000000000000000000000000000000000000000000000000000000000001690634294857f90602401602060405180830381865afa158015612b77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b9b9190614617565b15612bc95781516040808401519051637f07da7160e01b815260048101929092526024820152604401610281565b5092915050565b5f610b1d612bdc6127d3565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f612c3d8686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506133ab92505050565b5090925090505f816003811115612c5657612c56613ad7565b14612c7457604051632ad0f0b760e11b815260040160405180910390fd5b826001600160a01b0316826001600160a01b031614612cb95760405163366d29f760e01b81526001600160a01b03808416600483015284166024820152604401610281565b505050505050565b5f828152600560205260408120600c8301548154600160481b90910460ff16908110612cef57612cef61406a565b5f9182526020909120600c8401805460ff60901b1916600160901b1790556004600590920201908101546001820154919250612d369185916001600160a01b031690612e08565b815460018201546006840154612d5e9286926001600160a01b0390911691610da79190614139565b600481015460018201546040519081526001600160a01b039091169084907f2719a83472e27d5580391b7c2f377ff9a69ab002b2fa2ac42bf8cf2f331ca0a1906020015b60405180910390a3505050565b806008811115612dc157612dc1613ad7565b6007830154600160801b900460ff166008811115612de157612de1613ad7565b146125e25760078201548390600160801b900460ff16600881111561094a5761094a613ad7565b805f03612e1457505050565b8060035f828254612e259190614139565b90915550506001600160a01b0382165f9081526007602052604081208054839290612e51908490614057565b925050819055508060025f828254612e699190614057565b909155505060405181815283906001600160a01b038416907f796a6ec99f41042b589b3c8dfab9ec6ae027e9c6599a6a4e311aa00a19ebdb1f90602001612da2565b5f838152600560205260408120905b8154811015611b7457828114612f6f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631d3ac42c838381548110612f0b57612f0b61406a565b905f5260205f2090600502015f0154866040518363ffffffff1660e01b8152600401612f41929190918252602082015260400190565b5f604051808303815f87803b158015612f58575f5ffd5b505af1158015612f6a573d5f5f3e3d5ffd5b505050505b600101612eba565b5f42826001600160401b031611612fac5760405163211baed760e01b81526001600160401b0383166004820152602401610281565b612fb962278d0042614057565b826001600160401b031611156130015781612fd762278d0042614057565b6040516309b2bcf360e11b81526001600160401b0390921660048301526024820152604401610281565b82515f0361302257604051633f26f9c760e21b815260040160405180910390fd5b8661018001516130485760405163161bec9760e01b815260048101899052602401610281565b866101a001511561306f5760405163ab4670e560e01b815260048101899052602401610281565b83158061307c5750600884115b156130a4576040516393bbd2b560e01b81526004810185905260086024820152604401610281565b61016087015161316e575f8761014001516001600160401b031660026130ca9190614057565b9050804310156130f757604051634d98c97360e11b8152600481018a905260248101829052604401610281565b604051631ece630560e21b8152600481018a90527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637b398c14906024015f604051808303815f87803b158015613156575f5ffd5b505af1158015613168573d5f5f3e3d5ffd5b50505050505b60015f815461317c9061476a565b91829055505f8181526004602081905260409182902080546001600160a01b0319163317815591516331a9108f60e11b81529081018b9052919250907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015613207573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061322b91906145fc565b6001820180546001600160a01b03929092166001600160a01b031990921691909117905560028101899055600381018790556020880151600482015560e088015160058201805460ff90921660ff199092169190911790556007810180546001600160401b03858116600160401b026fffffffffffffffffffffffffffffffff199092164291909116171760ff60801b1916600160801b179055600d81016132d38582614782565b505f6132e7838a610120015189898c6133f4565b90508034146133125760405163312b003360e01b815234600482015260248101829052604401610281565b8082600601819055508060035f82825461332c9190614057565b92505081905550336001600160a01b03168a847f2e099ddbc6f404194155538c1e04ae5ba450f253cf324a6d9c0643894a47df20856001015f9054906101000a90046001600160a01b03168c868f602001518e8e8d8f60405161339698979695949392919061483c565b60405180910390a45050979650505050505050565b5f5f5f83516041036133e2576020840151604085015160608601515f1a6133d488828585613888565b9550955095505050506133ed565b505081515f91506002905b9250925092565b5f858152600560205260408120815b8481101561387d575f86868381811061341e5761341e61406a565b9050602002013590505f5f90505b8281101561347757818888838181106134475761344761406a565b905060200201350361346f57604051630f5a4ae760e01b815260048101839052602401610281565b60010161342c565b506040516382afd23b60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906382afd23b90602401602060405180830381865afa1580156134db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134ff9190614617565b61351f576040516334d958bd60e21b815260048101829052602401610281565b6135298882613950565b613564575f89815260046020819052604091829020600201549151636cbbfd5560e11b81526102819291849101918252602082015260400190565b604051630b9d584760e01b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630b9d5847906024015f60405180830381865afa1580156135c8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526135ef91908101906148c5565b6060810151604051634294857f60e01b81529192506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691634294857f916136459160040190815260200190565b602060405180830381865afa158015613660573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136849190614617565b156136b2576060810151604051637f07da7160e01b8152610281918491600401918252602082015260400190565b5f8161012001518261010001516136c99190614139565b9050868110156136fd57604051635ac0ebdd60e01b8152600481018490526024810182905260448101889052606401610281565b60405163a97aeed560e01b815260048101849052602481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a97aeed5906044015f604051808303815f87803b158015613763575f5ffd5b505af1158015613775573d5f5f3e3d5ffd5b50505050846040518060a00160405280858152602001846040015181526020018460600151815260200184608001516001600160a01b03168152602001845f01516001600160a01b0316815250908060018154018082558091505060019003905f5260205f2090600502015f909190919091505f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506080820151816004015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055505050858260400151111561387257816040015195505b505050600101613403565b505095945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156138c157505f91506003905082613946565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613912573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661393d57505f925060019150829050613946565b92505f91508190505b9450945094915050565b5f82515f0361396157506001610b1d565b5f5b835181101561399e578284828151811061397f5761397f61406a565b602002602001015103613996576001915050610b1d565b600101613963565b505f9392505050565b5f5f83601f8401126139b7575f5ffd5b5081356001600160401b038111156139cd575f5ffd5b6020830191508360208285010111156139e4575f5ffd5b9250929050565b5f5f5f5f606085870312156139fe575f5ffd5b843593506020850135925060408501356001600160401b03811115613a21575f5ffd5b613a2d878288016139a7565b95989497509550505050565b5f610120828403128015613a4b575f5ffd5b509092915050565b5f5f5f5f5f5f5f60c0888a031215613a69575f5ffd5b873596506020880135955060408801359450606088013593506080880135925060a08801356001600160401b03811115613aa1575f5ffd5b613aad8a828b016139a7565b989b979a50959850939692959293505050565b5f60208284031215613ad0575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60098110613b0757634e487b7160e01b5f52602160045260245ffd5b9052565b5f5b83811015613b25578181015183820152602001613b0d565b50505f910152565b5f8151808452613b44816020860160208601613b0b565b601f01601f19169290920160200192915050565b60208152613b726020820183516001600160a01b03169052565b5f6020830151613b8d60408401826001600160a01b03169052565b506040830151606083015260608301516080830152608083015160a083015260a0830151613bc060c084018260ff169052565b5060c083015160e083015260e0830151613be66101008401826001600160401b03169052565b506101008301516001600160401b03811661012084015250610120830151613c12610140840182613aeb565b50610140830151610160830152610160830151613c3561018084018260ff169052565b506101808301516101a08301526101a08301516101c08301526101c0830151613c6a6101e08401826001600160401b03169052565b506101e08301518015156102008401525061020083015160ff8116610220840152506102208301516001600160401b038116610240840152506102408301518015156102608401525061026083015161028080840152613cce6102a0840182613b2d565b949350505050565b5f6080828403128015613a4b575f5ffd5b5f6040828403128015613a4b575f5ffd5b5f5f83601f840112613d08575f5ffd5b5081356001600160401b03811115613d1e575f5ffd5b6020830191508360208260051b85010111156139e4575f5ffd5b6001600160401b038116811461119a575f5ffd5b5f5f5f5f5f5f60808789031215613d61575f5ffd5b8635955060208701356001600160401b03811115613d7d575f5ffd5b613d8989828a01613cf8565b90965094505060408701356001600160401b03811115613da7575f5ffd5b613db389828a016139a7565b9094509250506060870135613dc781613d38565b809150509295509295509295565b60ff60f81b8816815260e060208201525f613df360e0830189613b2d565b8281036040840152613e058189613b2d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613e5a578351835260209384019390920191600101613e3c565b50909b9a5050505050505050505050565b5f5f5f5f5f60808688031215613e7f575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115613ea9575f5ffd5b613eb5888289016139a7565b969995985093965092949392505050565b5f5f5f5f5f60808688031215613eda575f5ffd5b853594506020860135935060408601356001600160401b03811115613efd575f5ffd5b613f0988828901613cf8565b9094509250506060860135613f1d81613d38565b809150509295509295909350565b602080825282518282018190525f918401906040840190835b81811015613f9e5783518051845260208082015181860152604080830151908601526060808301516001600160a01b039081169187019190915260809283015116918501919091529093019260a090920191600101613f44565b509095945050505050565b602081525f613fbb6020830184613b2d565b9392505050565b5f5f5f60408486031215613fd4575f5ffd5b8335925060208401356001600160401b03811115613ff0575f5ffd5b613ffc868287016139a7565b9497909650939450505050565b6001600160a01b038116811461119a575f5ffd5b8035612a3581614009565b5f60208284031215614038575f5ffd5b8135613fbb81614009565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b1d57610b1d614043565b634e487b7160e01b5f52603260045260245ffd5b828152813560208083019190915261014082019083013561409e81614009565b6001600160a01b03166040838101919091526140bb90840161401d565b6001600160a01b038116606084015250606083013560808381019190915283013560a08084019190915283013560c08084019190915283013560e080840191909152830135610100808401919091529092013561012090910152919050565b6001600160401b038181168382160190811115610b1d57610b1d614043565b81810381811115610b1d57610b1d614043565b600181811c9082168061416057607f821691505b60208210810361417e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b03811182821017156141bb576141bb614184565b60405290565b60405160c081016001600160401b03811182821017156141bb576141bb614184565b60405161016081016001600160401b03811182821017156141bb576141bb614184565b604051601f8201601f191681016001600160401b038111828210171561422e5761422e614184565b604052919050565b5f82601f830112614245575f5ffd5b8151602083015f5f6001600160401b0384111561426457614264614184565b50601f8301601f191660200161427981614206565b91505082815285838301111561428d575f5ffd5b611e87836020830184613b0b565b8051612a3581613d38565b805163ffffffff81168114612a35575f5ffd5b805160ff81168114612a35575f5ffd5b5f82601f8301126142d8575f5ffd5b81516001600160401b038111156142f1576142f1614184565b8060051b61430160208201614206565b9182526020818501810192908101908684111561431c575f5ffd5b6020860192505b8383101561184d578251825260209283019290910190614323565b80518015158114612a35575f5ffd5b5f6020828403121561435d575f5ffd5b81516001600160401b03811115614372575f5ffd5b82016101c08185031215614384575f5ffd5b61438c614198565b81516001600160401b038111156143a1575f5ffd5b6143ad86828501614236565b825250602082810151908201526143c66040830161429b565b60408201526143d7606083016142a6565b60608201526080828101519082015260a08201516001600160401b038111156143fe575f5ffd5b61440a86828501614236565b60a08301525060c0828101519082015261442660e083016142b9565b60e082015261010082810151908201526101208201516001600160401b0381111561444f575f5ffd5b61445b868285016142c9565b6101208301525061446f610140830161429b565b610140820152610160828101519082015261448d610180830161433e565b6101808201526144a06101a0830161433e565b6101a0820152949350505050565b8051612a3581614009565b5f602082840312156144c9575f5ffd5b81516001600160401b038111156144de575f5ffd5b820160c081850312156144ef575f5ffd5b6144f76141c1565b614500826144ae565b815260208201516001600160401b0381111561451a575f5ffd5b61452686828501614236565b6020830152506040828101519082015260608201516001600160401b0381111561454e575f5ffd5b61455a86828501614236565b60608301525061456c6080830161429b565b608082015261457d60a0830161433e565b60a0820152949350505050565b5f608082840312801561459b575f5ffd5b50604051608081016001600160401b03811182821017156145be576145be614184565b6040528251815260208301516145d381614009565b60208201526040838101519082015260608301516145f081613d38565b60608201529392505050565b5f6020828403121561460c575f5ffd5b8151613fbb81614009565b5f60208284031215614627575f5ffd5b613fbb8261433e565b818382375f9101908152919050565b601f8211156125e257805f5260205f20601f840160051c810160208510156146645750805b601f840160051c820191505b81811015611b74575f8155600101614670565b6001600160401b0383111561469a5761469a614184565b6146ae836146a8835461414c565b8361463f565b5f601f8411600181146146df575f85156146c85750838201355b5f19600387901b1c1916600186901b178355611b74565b5f83815260208120601f198716915b8281101561470e57868501358255602094850194600190920191016146ee565b508682101561472a575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f6001820161477b5761477b614043565b5060010190565b81516001600160401b0381111561479b5761479b614184565b6147af816147a9845461414c565b8461463f565b6020601f8211600181146147e1575f83156147ca5750848201515b5f19600385901b1c1916600184901b178455611b74565b5f84815260208120601f198516915b8281101561481057878501518255602094850194600190920191016147f0565b508482101561482d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b038916815260208101889052604081018790526060810186905260e06080820181905281018490525f6001600160fb1b0385111561487f575f5ffd5b8460051b80876101008501376001600160401b03851660a0840152820182810361010090810160c08501526148b690820185613b2d565b9b9a5050505050505050505050565b5f602082840312156148d5575f5ffd5b81516001600160401b038111156148ea575f5ffd5b820161016081850312156148fc575f5ffd5b6149046141e3565b61490d826144ae565b815260208201516001600160401b03811115614927575f5ffd5b61493386828501614236565b6020830152506040828101519082015260608083015190820152614959608083016144ae565b608082015260a08201516001600160401b03811115614976575f5ffd5b61498286828501614236565b60a08301525061499460c083016142b9565b60c08201526149a560e083016144ae565b60e0820152610100828101519082015261012080830151908201526149cd610140830161433e565b61014082015294935050505056fea042a9f1523dfb348aab2f7ef4c4d0838c2e3ce31eab4c98883f4acc4e2e955a9fbfbe3aa0c3d5b8593491b0a4f01058d7b15af0bbdf28a2a74b8f7cbf879130ed8e077bff08cf6a78e4016a471d89dfaa9406615b30aff3e703c6081c550269a264697066735822122092e5d174d5b5cfa4129d7def7834213f2ee02424e3cf6d509364179127a7c25464736f6c634300081c0033",
}

// Escrow is an auto generated Go binding around an Ethereum contract.
type Escrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Escrow) GetABI() abi.ABI {
	return c.abi
}

// NewEscrow creates a new instance of Escrow.
func NewEscrow() *Escrow {
	parsed, err := EscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Escrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Escrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address market_, bytes32 salt_, uint64 revealWindow_, uint64 sampleClaimWindow_) returns()
func (escrow *Escrow) PackConstructor(registry_ common.Address, market_ common.Address, salt_ [32]byte, revealWindow_ uint64, sampleClaimWindow_ uint64) []byte {
	enc, err := escrow.abi.Pack("", registry_, market_, salt_, revealWindow_, sampleClaimWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDELIVERYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d1d8323.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELIVERY_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackDELIVERYTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("DELIVERY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELIVERYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d1d8323.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELIVERY_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackDELIVERYTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("DELIVERY_TYPEHASH")
}

// UnpackDELIVERYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d1d8323.
//
// Solidity: function DELIVERY_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackDELIVERYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("DELIVERY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackDOMAINTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("DOMAIN_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (escrow *Escrow) PackMAXDURATION() []byte {
	enc, err := escrow.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (escrow *Escrow) TryPackMAXDURATION() ([]byte, error) {
	return escrow.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (escrow *Escrow) UnpackMAXDURATION(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXEXCHANGES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbebe0f7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EXCHANGES() view returns(uint256)
func (escrow *Escrow) PackMAXEXCHANGES() []byte {
	enc, err := escrow.abi.Pack("MAX_EXCHANGES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEXCHANGES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbebe0f7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EXCHANGES() view returns(uint256)
func (escrow *Escrow) TryPackMAXEXCHANGES() ([]byte, error) {
	return escrow.abi.Pack("MAX_EXCHANGES")
}

// UnpackMAXEXCHANGES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbebe0f7f.
//
// Solidity: function MAX_EXCHANGES() view returns(uint256)
func (escrow *Escrow) UnpackMAXEXCHANGES(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("MAX_EXCHANGES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNAME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f4df7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NAME() view returns(string)
func (escrow *Escrow) PackNAME() []byte {
	enc, err := escrow.abi.Pack("NAME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNAME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f4df7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NAME() view returns(string)
func (escrow *Escrow) TryPackNAME() ([]byte, error) {
	return escrow.abi.Pack("NAME")
}

// UnpackNAME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f4df7e.
//
// Solidity: function NAME() view returns(string)
func (escrow *Escrow) UnpackNAME(data []byte) (string, error) {
	out, err := escrow.abi.Unpack("NAME", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSAMPLERECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fe62d53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SAMPLE_RECEIPT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackSAMPLERECEIPTTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("SAMPLE_RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSAMPLERECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fe62d53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SAMPLE_RECEIPT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackSAMPLERECEIPTTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("SAMPLE_RECEIPT_TYPEHASH")
}

// UnpackSAMPLERECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fe62d53.
//
// Solidity: function SAMPLE_RECEIPT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackSAMPLERECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("SAMPLE_RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSELLERFAULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfafd44b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SELLER_FAULT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) PackSELLERFAULTTYPEHASH() []byte {
	enc, err := escrow.abi.Pack("SELLER_FAULT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSELLERFAULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfafd44b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SELLER_FAULT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) TryPackSELLERFAULTTYPEHASH() ([]byte, error) {
	return escrow.abi.Pack("SELLER_FAULT_TYPEHASH")
}

// UnpackSELLERFAULTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfafd44b1.
//
// Solidity: function SELLER_FAULT_TYPEHASH() view returns(bytes32)
func (escrow *Escrow) UnpackSELLERFAULTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("SELLER_FAULT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(string)
func (escrow *Escrow) PackVERSION() []byte {
	enc, err := escrow.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(string)
func (escrow *Escrow) TryPackVERSION() ([]byte, error) {
	return escrow.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (escrow *Escrow) UnpackVERSION(data []byte) (string, error) {
	out, err := escrow.abi.Unpack("VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 tradeId) returns()
func (escrow *Escrow) PackCancel(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("cancel", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 tradeId) returns()
func (escrow *Escrow) TryPackCancel(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("cancel", tradeId)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6089a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 tradeId, uint256 exchangeIndex, bytes32 ciphertextCidHash, bytes32 wrappedKeyHash, uint256 validUntil, bytes signature) returns()
func (escrow *Escrow) PackCommit(tradeId *big.Int, exchangeIndex *big.Int, ciphertextCidHash [32]byte, wrappedKeyHash [32]byte, validUntil *big.Int, signature []byte) []byte {
	enc, err := escrow.abi.Pack("commit", tradeId, exchangeIndex, ciphertextCidHash, wrappedKeyHash, validUntil, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6089a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 tradeId, uint256 exchangeIndex, bytes32 ciphertextCidHash, bytes32 wrappedKeyHash, uint256 validUntil, bytes signature) returns()
func (escrow *Escrow) TryPackCommit(tradeId *big.Int, exchangeIndex *big.Int, ciphertextCidHash [32]byte, wrappedKeyHash [32]byte, validUntil *big.Int, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("commit", tradeId, exchangeIndex, ciphertextCidHash, wrappedKeyHash, validUntil, signature)
}

// PackCompensate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf46c0f29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compensate(uint256 tradeId) returns()
func (escrow *Escrow) PackCompensate(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("compensate", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompensate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf46c0f29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compensate(uint256 tradeId) returns()
func (escrow *Escrow) TryPackCompensate(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("compensate", tradeId)
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (escrow *Escrow) PackCredit(account common.Address) []byte {
	enc, err := escrow.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (escrow *Escrow) TryPackCredit(account common.Address) ([]byte, error) {
	return escrow.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (escrow *Escrow) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeliveryDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x163ab1b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveryDigest((uint256,address,address,uint256,uint256,bytes32,bytes32,bytes32,uint256) d) view returns(bytes32)
func (escrow *Escrow) PackDeliveryDigest(d EscrowDelivery) []byte {
	enc, err := escrow.abi.Pack("deliveryDigest", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveryDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x163ab1b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveryDigest((uint256,address,address,uint256,uint256,bytes32,bytes32,bytes32,uint256) d) view returns(bytes32)
func (escrow *Escrow) TryPackDeliveryDigest(d EscrowDelivery) ([]byte, error) {
	return escrow.abi.Pack("deliveryDigest", d)
}

// UnpackDeliveryDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x163ab1b9.
//
// Solidity: function deliveryDigest((uint256,address,address,uint256,uint256,bytes32,bytes32,bytes32,uint256) d) view returns(bytes32)
func (escrow *Escrow) UnpackDeliveryDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("deliveryDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) PackDomainSeparator() []byte {
	enc, err := escrow.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) TryPackDomainSeparator() ([]byte, error) {
	return escrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 domainSalt, uint256[] extensions)
func (escrow *Escrow) PackEip712Domain() []byte {
	enc, err := escrow.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 domainSalt, uint256[] extensions)
func (escrow *Escrow) TryPackEip712Domain() ([]byte, error) {
	return escrow.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	DomainSalt        [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 domainSalt, uint256[] extensions)
func (escrow *Escrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := escrow.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.DomainSalt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2db25e05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTrade(uint256 tradeId) view returns((address,address,uint256,uint256,bytes32,uint8,uint256,uint64,uint64,uint8,uint256,uint8,bytes32,bytes32,uint64,bool,uint8,uint64,bool,bytes))
func (escrow *Escrow) PackGetTrade(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("getTrade", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2db25e05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTrade(uint256 tradeId) view returns((address,address,uint256,uint256,bytes32,uint8,uint256,uint64,uint64,uint8,uint256,uint8,bytes32,bytes32,uint64,bool,uint8,uint64,bool,bytes))
func (escrow *Escrow) TryPackGetTrade(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("getTrade", tradeId)
}

// UnpackGetTrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2db25e05.
//
// Solidity: function getTrade(uint256 tradeId) view returns((address,address,uint256,uint256,bytes32,uint8,uint256,uint64,uint64,uint8,uint256,uint8,bytes32,bytes32,uint64,bool,uint8,uint64,bool,bytes))
func (escrow *Escrow) UnpackGetTrade(data []byte) (EscrowTrade, error) {
	out, err := escrow.abi.Unpack("getTrade", data)
	if err != nil {
		return *new(EscrowTrade), err
	}
	out0 := *abi.ConvertType(out[0], new(EscrowTrade)).(*EscrowTrade)
	return out0, nil
}

// PackGetTradeExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ee5258.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTradeExchanges(uint256 tradeId) view returns((uint256,uint256,bytes32,address,address)[])
func (escrow *Escrow) PackGetTradeExchanges(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("getTradeExchanges", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTradeExchanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ee5258.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTradeExchanges(uint256 tradeId) view returns((uint256,uint256,bytes32,address,address)[])
func (escrow *Escrow) TryPackGetTradeExchanges(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("getTradeExchanges", tradeId)
}

// UnpackGetTradeExchanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ee5258.
//
// Solidity: function getTradeExchanges(uint256 tradeId) view returns((uint256,uint256,bytes32,address,address)[])
func (escrow *Escrow) UnpackGetTradeExchanges(data []byte) ([]EscrowExchangeSnapshot, error) {
	out, err := escrow.abi.Unpack("getTradeExchanges", data)
	if err != nil {
		return *new([]EscrowExchangeSnapshot), err
	}
	out0 := *abi.ConvertType(out[0], new([]EscrowExchangeSnapshot)).(*[]EscrowExchangeSnapshot)
	return out0, nil
}

// PackGetWrappedKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe7992c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWrappedKey(uint256 tradeId) view returns(bytes)
func (escrow *Escrow) PackGetWrappedKey(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("getWrappedKey", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWrappedKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe7992c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWrappedKey(uint256 tradeId) view returns(bytes)
func (escrow *Escrow) TryPackGetWrappedKey(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("getWrappedKey", tradeId)
}

// UnpackGetWrappedKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe7992c2.
//
// Solidity: function getWrappedKey(uint256 tradeId) view returns(bytes)
func (escrow *Escrow) UnpackGetWrappedKey(data []byte) ([]byte, error) {
	out, err := escrow.abi.Unpack("getWrappedKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackHashDelivery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a9e6c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashDelivery((uint256,address,address,uint256,uint256,bytes32,bytes32,bytes32,uint256) d) pure returns(bytes32)
func (escrow *Escrow) PackHashDelivery(d EscrowDelivery) []byte {
	enc, err := escrow.abi.Pack("hashDelivery", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashDelivery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a9e6c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashDelivery((uint256,address,address,uint256,uint256,bytes32,bytes32,bytes32,uint256) d) pure returns(bytes32)
func (escrow *Escrow) TryPackHashDelivery(d EscrowDelivery) ([]byte, error) {
	return escrow.abi.Pack("hashDelivery", d)
}

// UnpackHashDelivery is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81a9e6c6.
//
// Solidity: function hashDelivery((uint256,address,address,uint256,uint256,bytes32,bytes32,bytes32,uint256) d) pure returns(bytes32)
func (escrow *Escrow) UnpackHashDelivery(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("hashDelivery", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashSampleReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669ecdd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSampleReceipt((uint256,uint256) r) pure returns(bytes32)
func (escrow *Escrow) PackHashSampleReceipt(r EscrowSampleReceipt) []byte {
	enc, err := escrow.abi.Pack("hashSampleReceipt", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSampleReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669ecdd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSampleReceipt((uint256,uint256) r) pure returns(bytes32)
func (escrow *Escrow) TryPackHashSampleReceipt(r EscrowSampleReceipt) ([]byte, error) {
	return escrow.abi.Pack("hashSampleReceipt", r)
}

// UnpackHashSampleReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x669ecdd9.
//
// Solidity: function hashSampleReceipt((uint256,uint256) r) pure returns(bytes32)
func (escrow *Escrow) UnpackHashSampleReceipt(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("hashSampleReceipt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashSellerFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a052e47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSellerFault((uint256,uint256,bytes32,uint256) f) pure returns(bytes32)
func (escrow *Escrow) PackHashSellerFault(f EscrowSellerFault) []byte {
	enc, err := escrow.abi.Pack("hashSellerFault", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSellerFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a052e47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSellerFault((uint256,uint256,bytes32,uint256) f) pure returns(bytes32)
func (escrow *Escrow) TryPackHashSellerFault(f EscrowSellerFault) ([]byte, error) {
	return escrow.abi.Pack("hashSellerFault", f)
}

// UnpackHashSellerFault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a052e47.
//
// Solidity: function hashSellerFault((uint256,uint256,bytes32,uint256) f) pure returns(bytes32)
func (escrow *Escrow) UnpackHashSellerFault(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("hashSellerFault", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (escrow *Escrow) PackMarket() []byte {
	enc, err := escrow.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (escrow *Escrow) TryPackMarket() ([]byte, error) {
	return escrow.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (escrow *Escrow) UnpackMarket(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f87c9eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 listingId, uint256[] exchangeIds, bytes buyerPubKey, uint64 deadline) payable returns(uint256 tradeId)
func (escrow *Escrow) PackOpen(listingId *big.Int, exchangeIds []*big.Int, buyerPubKey []byte, deadline uint64) []byte {
	enc, err := escrow.abi.Pack("open", listingId, exchangeIds, buyerPubKey, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f87c9eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint256 listingId, uint256[] exchangeIds, bytes buyerPubKey, uint64 deadline) payable returns(uint256 tradeId)
func (escrow *Escrow) TryPackOpen(listingId *big.Int, exchangeIds []*big.Int, buyerPubKey []byte, deadline uint64) ([]byte, error) {
	return escrow.abi.Pack("open", listingId, exchangeIds, buyerPubKey, deadline)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f87c9eb.
//
// Solidity: function open(uint256 listingId, uint256[] exchangeIds, bytes buyerPubKey, uint64 deadline) payable returns(uint256 tradeId)
func (escrow *Escrow) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c62d44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openOffer(uint256 demandId, uint256 offerIndex, uint256[] exchangeIds, uint64 deadline) payable returns(uint256 tradeId)
func (escrow *Escrow) PackOpenOffer(demandId *big.Int, offerIndex *big.Int, exchangeIds []*big.Int, deadline uint64) []byte {
	enc, err := escrow.abi.Pack("openOffer", demandId, offerIndex, exchangeIds, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c62d44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openOffer(uint256 demandId, uint256 offerIndex, uint256[] exchangeIds, uint64 deadline) payable returns(uint256 tradeId)
func (escrow *Escrow) TryPackOpenOffer(demandId *big.Int, offerIndex *big.Int, exchangeIds []*big.Int, deadline uint64) ([]byte, error) {
	return escrow.abi.Pack("openOffer", demandId, offerIndex, exchangeIds, deadline)
}

// UnpackOpenOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c62d44.
//
// Solidity: function openOffer(uint256 demandId, uint256 offerIndex, uint256[] exchangeIds, uint64 deadline) payable returns(uint256 tradeId)
func (escrow *Escrow) UnpackOpenOffer(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("openOffer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc290d691.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pay(uint256 tradeId) payable returns()
func (escrow *Escrow) PackPay(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("pay", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc290d691.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pay(uint256 tradeId) payable returns()
func (escrow *Escrow) TryPackPay(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("pay", tradeId)
}

// PackRecordSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c3cac3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordSample(uint256 tradeId, uint256 exchangeIndex, bytes signature) returns()
func (escrow *Escrow) PackRecordSample(tradeId *big.Int, exchangeIndex *big.Int, signature []byte) []byte {
	enc, err := escrow.abi.Pack("recordSample", tradeId, exchangeIndex, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00c3cac3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordSample(uint256 tradeId, uint256 exchangeIndex, bytes signature) returns()
func (escrow *Escrow) TryPackRecordSample(tradeId *big.Int, exchangeIndex *big.Int, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("recordSample", tradeId, exchangeIndex, signature)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 tradeId) returns()
func (escrow *Escrow) PackRefund(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("refund", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 tradeId) returns()
func (escrow *Escrow) TryPackRefund(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("refund", tradeId)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) PackRegistry() []byte {
	enc, err := escrow.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) TryPackRegistry() ([]byte, error) {
	return escrow.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce805642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 tradeId, bytes wrappedKey) returns()
func (escrow *Escrow) PackReveal(tradeId *big.Int, wrappedKey []byte) []byte {
	enc, err := escrow.abi.Pack("reveal", tradeId, wrappedKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce805642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 tradeId, bytes wrappedKey) returns()
func (escrow *Escrow) TryPackReveal(tradeId *big.Int, wrappedKey []byte) ([]byte, error) {
	return escrow.abi.Pack("reveal", tradeId, wrappedKey)
}

// PackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWindow() view returns(uint64)
func (escrow *Escrow) PackRevealWindow() []byte {
	enc, err := escrow.abi.Pack("revealWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealWindow() view returns(uint64)
func (escrow *Escrow) TryPackRevealWindow() ([]byte, error) {
	return escrow.abi.Pack("revealWindow")
}

// UnpackRevealWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x863d22c7.
//
// Solidity: function revealWindow() view returns(uint64)
func (escrow *Escrow) UnpackRevealWindow(data []byte) (uint64, error) {
	out, err := escrow.abi.Unpack("revealWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSalt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfa0b133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function salt() view returns(bytes32)
func (escrow *Escrow) PackSalt() []byte {
	enc, err := escrow.abi.Pack("salt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSalt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfa0b133.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function salt() view returns(bytes32)
func (escrow *Escrow) TryPackSalt() ([]byte, error) {
	return escrow.abi.Pack("salt")
}

// UnpackSalt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfa0b133.
//
// Solidity: function salt() view returns(bytes32)
func (escrow *Escrow) UnpackSalt(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("salt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSampleClaimWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09eb3a74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleClaimWindow() view returns(uint64)
func (escrow *Escrow) PackSampleClaimWindow() []byte {
	enc, err := escrow.abi.Pack("sampleClaimWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleClaimWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09eb3a74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleClaimWindow() view returns(uint64)
func (escrow *Escrow) TryPackSampleClaimWindow() ([]byte, error) {
	return escrow.abi.Pack("sampleClaimWindow")
}

// UnpackSampleClaimWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09eb3a74.
//
// Solidity: function sampleClaimWindow() view returns(uint64)
func (escrow *Escrow) UnpackSampleClaimWindow(data []byte) (uint64, error) {
	out, err := escrow.abi.Unpack("sampleClaimWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSampleReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3048d7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleReceiptDigest((uint256,uint256) r) view returns(bytes32)
func (escrow *Escrow) PackSampleReceiptDigest(r EscrowSampleReceipt) []byte {
	enc, err := escrow.abi.Pack("sampleReceiptDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3048d7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleReceiptDigest((uint256,uint256) r) view returns(bytes32)
func (escrow *Escrow) TryPackSampleReceiptDigest(r EscrowSampleReceipt) ([]byte, error) {
	return escrow.abi.Pack("sampleReceiptDigest", r)
}

// UnpackSampleReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3048d7f.
//
// Solidity: function sampleReceiptDigest((uint256,uint256) r) view returns(bytes32)
func (escrow *Escrow) UnpackSampleReceiptDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("sampleReceiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSellerFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96c00aa0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerFault(uint256 tradeId, uint256 exchangeIndex, uint256 chunkIndex, bytes signature) returns()
func (escrow *Escrow) PackSellerFault(tradeId *big.Int, exchangeIndex *big.Int, chunkIndex *big.Int, signature []byte) []byte {
	enc, err := escrow.abi.Pack("sellerFault", tradeId, exchangeIndex, chunkIndex, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96c00aa0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerFault(uint256 tradeId, uint256 exchangeIndex, uint256 chunkIndex, bytes signature) returns()
func (escrow *Escrow) TryPackSellerFault(tradeId *big.Int, exchangeIndex *big.Int, chunkIndex *big.Int, signature []byte) ([]byte, error) {
	return escrow.abi.Pack("sellerFault", tradeId, exchangeIndex, chunkIndex, signature)
}

// PackSellerFaultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48723bad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerFaultDigest((uint256,uint256,bytes32,uint256) f) view returns(bytes32)
func (escrow *Escrow) PackSellerFaultDigest(f EscrowSellerFault) []byte {
	enc, err := escrow.abi.Pack("sellerFaultDigest", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerFaultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48723bad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerFaultDigest((uint256,uint256,bytes32,uint256) f) view returns(bytes32)
func (escrow *Escrow) TryPackSellerFaultDigest(f EscrowSellerFault) ([]byte, error) {
	return escrow.abi.Pack("sellerFaultDigest", f)
}

// UnpackSellerFaultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48723bad.
//
// Solidity: function sellerFaultDigest((uint256,uint256,bytes32,uint256) f) view returns(bytes32)
func (escrow *Escrow) UnpackSellerFaultDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("sellerFaultDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSettleCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc95e30b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleCancel(uint256 tradeId) returns()
func (escrow *Escrow) PackSettleCancel(tradeId *big.Int) []byte {
	enc, err := escrow.abi.Pack("settleCancel", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc95e30b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleCancel(uint256 tradeId) returns()
func (escrow *Escrow) TryPackSettleCancel(tradeId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("settleCancel", tradeId)
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (escrow *Escrow) PackTotalCredits() []byte {
	enc, err := escrow.abi.Pack("totalCredits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCredits() view returns(uint256)
func (escrow *Escrow) TryPackTotalCredits() ([]byte, error) {
	return escrow.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (escrow *Escrow) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("totalCredits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (escrow *Escrow) PackTotalHeld() []byte {
	enc, err := escrow.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (escrow *Escrow) TryPackTotalHeld() ([]byte, error) {
	return escrow.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (escrow *Escrow) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTradeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd55022a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tradeCount() view returns(uint256)
func (escrow *Escrow) PackTradeCount() []byte {
	enc, err := escrow.abi.Pack("tradeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTradeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd55022a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tradeCount() view returns(uint256)
func (escrow *Escrow) TryPackTradeCount() ([]byte, error) {
	return escrow.abi.Pack("tradeCount")
}

// UnpackTradeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd55022a.
//
// Solidity: function tradeCount() view returns(uint256)
func (escrow *Escrow) UnpackTradeCount(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("tradeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (escrow *Escrow) PackWithdraw() []byte {
	enc, err := escrow.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (escrow *Escrow) TryPackWithdraw() ([]byte, error) {
	return escrow.abi.Pack("withdraw")
}

// EscrowCredited represents a Credited event raised by the Escrow contract.
type EscrowCredited struct {
	Account common.Address
	TradeId *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (EscrowCredited) ContractEventName() string {
	return EscrowCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 indexed tradeId, uint256 amount)
func (escrow *Escrow) UnpackCreditedEvent(log *types.Log) (*EscrowCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowCredited)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the Escrow contract.
type EscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const EscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (EscrowEIP712DomainChanged) ContractEventName() string {
	return EscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (escrow *Escrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*EscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowFeeSettled represents a FeeSettled event raised by the Escrow contract.
type EscrowFeeSettled struct {
	TradeId *big.Int
	Payee   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowFeeSettledEventName = "FeeSettled"

// ContractEventName returns the user-defined event name.
func (EscrowFeeSettled) ContractEventName() string {
	return EscrowFeeSettledEventName
}

// UnpackFeeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeSettled(uint256 indexed tradeId, address indexed payee, uint256 amount)
func (escrow *Escrow) UnpackFeeSettledEvent(log *types.Log) (*EscrowFeeSettled, error) {
	event := "FeeSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowFeeSettled)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowKeyRevealed represents a KeyRevealed event raised by the Escrow contract.
type EscrowKeyRevealed struct {
	TradeId    *big.Int
	ExchangeId *big.Int
	WrappedKey []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowKeyRevealedEventName = "KeyRevealed"

// ContractEventName returns the user-defined event name.
func (EscrowKeyRevealed) ContractEventName() string {
	return EscrowKeyRevealedEventName
}

// UnpackKeyRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRevealed(uint256 indexed tradeId, uint256 indexed exchangeId, bytes wrappedKey)
func (escrow *Escrow) UnpackKeyRevealedEvent(log *types.Log) (*EscrowKeyRevealed, error) {
	event := "KeyRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowKeyRevealed)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowSampleRecorded represents a SampleRecorded event raised by the Escrow contract.
type EscrowSampleRecorded struct {
	TradeId    *big.Int
	ExchangeId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowSampleRecordedEventName = "SampleRecorded"

// ContractEventName returns the user-defined event name.
func (EscrowSampleRecorded) ContractEventName() string {
	return EscrowSampleRecordedEventName
}

// UnpackSampleRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SampleRecorded(uint256 indexed tradeId, uint256 indexed exchangeId)
func (escrow *Escrow) UnpackSampleRecordedEvent(log *types.Log) (*EscrowSampleRecorded, error) {
	event := "SampleRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowSampleRecorded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowSellerFaultProven represents a SellerFaultProven event raised by the Escrow contract.
type EscrowSellerFaultProven struct {
	TradeId    *big.Int
	ExchangeId *big.Int
	ChunkIndex *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowSellerFaultProvenEventName = "SellerFaultProven"

// ContractEventName returns the user-defined event name.
func (EscrowSellerFaultProven) ContractEventName() string {
	return EscrowSellerFaultProvenEventName
}

// UnpackSellerFaultProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SellerFaultProven(uint256 indexed tradeId, uint256 indexed exchangeId, uint256 chunkIndex)
func (escrow *Escrow) UnpackSellerFaultProvenEvent(log *types.Log) (*EscrowSellerFaultProven, error) {
	event := "SellerFaultProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowSellerFaultProven)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTradeCancelled represents a TradeCancelled event raised by the Escrow contract.
type EscrowTradeCancelled struct {
	TradeId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowTradeCancelledEventName = "TradeCancelled"

// ContractEventName returns the user-defined event name.
func (EscrowTradeCancelled) ContractEventName() string {
	return EscrowTradeCancelledEventName
}

// UnpackTradeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeCancelled(uint256 indexed tradeId)
func (escrow *Escrow) UnpackTradeCancelledEvent(log *types.Log) (*EscrowTradeCancelled, error) {
	event := "TradeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTradeCancelled)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTradeCommitted represents a TradeCommitted event raised by the Escrow contract.
type EscrowTradeCommitted struct {
	TradeId           *big.Int
	ExchangeId        *big.Int
	CiphertextCidHash [32]byte
	WrappedKeyHash    [32]byte
	RevealDeadline    uint64
	Raw               *types.Log // Blockchain specific contextual infos
}

const EscrowTradeCommittedEventName = "TradeCommitted"

// ContractEventName returns the user-defined event name.
func (EscrowTradeCommitted) ContractEventName() string {
	return EscrowTradeCommittedEventName
}

// UnpackTradeCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeCommitted(uint256 indexed tradeId, uint256 indexed exchangeId, bytes32 ciphertextCidHash, bytes32 wrappedKeyHash, uint64 revealDeadline)
func (escrow *Escrow) UnpackTradeCommittedEvent(log *types.Log) (*EscrowTradeCommitted, error) {
	event := "TradeCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTradeCommitted)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTradeCompensated represents a TradeCompensated event raised by the Escrow contract.
type EscrowTradeCompensated struct {
	TradeId    *big.Int
	ExchangeId *big.Int
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowTradeCompensatedEventName = "TradeCompensated"

// ContractEventName returns the user-defined event name.
func (EscrowTradeCompensated) ContractEventName() string {
	return EscrowTradeCompensatedEventName
}

// UnpackTradeCompensatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeCompensated(uint256 indexed tradeId, uint256 indexed exchangeId, uint256 amount)
func (escrow *Escrow) UnpackTradeCompensatedEvent(log *types.Log) (*EscrowTradeCompensated, error) {
	event := "TradeCompensated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTradeCompensated)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTradeOpened represents a TradeOpened event raised by the Escrow contract.
type EscrowTradeOpened struct {
	TradeId     *big.Int
	ListingId   *big.Int
	Buyer       common.Address
	Seller      common.Address
	Price       *big.Int
	FeeDeposit  *big.Int
	Root        [32]byte
	ExchangeIds []*big.Int
	Deadline    uint64
	BuyerPubKey []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const EscrowTradeOpenedEventName = "TradeOpened"

// ContractEventName returns the user-defined event name.
func (EscrowTradeOpened) ContractEventName() string {
	return EscrowTradeOpenedEventName
}

// UnpackTradeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeOpened(uint256 indexed tradeId, uint256 indexed listingId, address indexed buyer, address seller, uint256 price, uint256 feeDeposit, bytes32 root, uint256[] exchangeIds, uint64 deadline, bytes buyerPubKey)
func (escrow *Escrow) UnpackTradeOpenedEvent(log *types.Log) (*EscrowTradeOpened, error) {
	event := "TradeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTradeOpened)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTradePaid represents a TradePaid event raised by the Escrow contract.
type EscrowTradePaid struct {
	TradeId *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowTradePaidEventName = "TradePaid"

// ContractEventName returns the user-defined event name.
func (EscrowTradePaid) ContractEventName() string {
	return EscrowTradePaidEventName
}

// UnpackTradePaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradePaid(uint256 indexed tradeId, uint256 amount)
func (escrow *Escrow) UnpackTradePaidEvent(log *types.Log) (*EscrowTradePaid, error) {
	event := "TradePaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTradePaid)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowTradeRefunded represents a TradeRefunded event raised by the Escrow contract.
type EscrowTradeRefunded struct {
	TradeId    *big.Int
	ToBuyer    *big.Int
	ToExchange *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowTradeRefundedEventName = "TradeRefunded"

// ContractEventName returns the user-defined event name.
func (EscrowTradeRefunded) ContractEventName() string {
	return EscrowTradeRefundedEventName
}

// UnpackTradeRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeRefunded(uint256 indexed tradeId, uint256 toBuyer, uint256 toExchange)
func (escrow *Escrow) UnpackTradeRefundedEvent(log *types.Log) (*EscrowTradeRefunded, error) {
	event := "TradeRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowTradeRefunded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowWithdrawn represents a Withdrawn event raised by the Escrow contract.
type EscrowWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (EscrowWithdrawn) ContractEventName() string {
	return EscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (escrow *Escrow) UnpackWithdrawnEvent(log *types.Log) (*EscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (escrow *Escrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], escrow.abi.Errors["BadExchangeCount"].ID.Bytes()[:4]) {
		return escrow.UnpackBadExchangeCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BadExchangeIndex"].ID.Bytes()[:4]) {
		return escrow.UnpackBadExchangeIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlineTooFar"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlineTooFarError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DemandClosed"].ID.Bytes()[:4]) {
		return escrow.UnpackDemandClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DuplicateExchange"].ID.Bytes()[:4]) {
		return escrow.UnpackDuplicateExchangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["EmptyPubKey"].ID.Bytes()[:4]) {
		return escrow.UnpackEmptyPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ExchangeNotAccepted"].ID.Bytes()[:4]) {
		return escrow.UnpackExchangeNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ExchangeNotActive"].ID.Bytes()[:4]) {
		return escrow.UnpackExchangeNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["FeeAlreadySettled"].ID.Bytes()[:4]) {
		return escrow.UnpackFeeAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return escrow.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ListingInactive"].ID.Bytes()[:4]) {
		return escrow.UnpackListingInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ListingIsLocked"].ID.Bytes()[:4]) {
		return escrow.UnpackListingIsLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["MalformedSignature"].ID.Bytes()[:4]) {
		return escrow.UnpackMalformedSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["MeasurementIsRevoked"].ID.Bytes()[:4]) {
		return escrow.UnpackMeasurementIsRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return escrow.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return escrow.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["OfferStale"].ID.Bytes()[:4]) {
		return escrow.UnpackOfferStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return escrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return escrow.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["RevealWindowOpen"].ID.Bytes()[:4]) {
		return escrow.UnpackRevealWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SampleAlreadyRecorded"].ID.Bytes()[:4]) {
		return escrow.UnpackSampleAlreadyRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SampleClaimClosed"].ID.Bytes()[:4]) {
		return escrow.UnpackSampleClaimClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SampleClaimOpen"].ID.Bytes()[:4]) {
		return escrow.UnpackSampleClaimOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SampleNotReady"].ID.Bytes()[:4]) {
		return escrow.UnpackSampleNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["SellerChanged"].ID.Bytes()[:4]) {
		return escrow.UnpackSellerChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["StatementExpired"].ID.Bytes()[:4]) {
		return escrow.UnpackStatementExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["TradeExpired"].ID.Bytes()[:4]) {
		return escrow.UnpackTradeExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["TradeNotExpired"].ID.Bytes()[:4]) {
		return escrow.UnpackTradeNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return escrow.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return escrow.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["UnknownTrade"].ID.Bytes()[:4]) {
		return escrow.UnpackUnknownTradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrappedKeyMismatch"].ID.Bytes()[:4]) {
		return escrow.UnpackWrappedKeyMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongAmount"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongSigner"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EscrowBadExchangeCount represents a BadExchangeCount error raised by the Escrow contract.
type EscrowBadExchangeCount struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExchangeCount(uint256 count, uint256 max)
func EscrowBadExchangeCountErrorID() common.Hash {
	return common.HexToHash("0x93bbd2b51bb039792100de238e6f24a90ae9f53f49cb0fa8fd8d6d6f26f0b585")
}

// UnpackBadExchangeCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExchangeCount(uint256 count, uint256 max)
func (escrow *Escrow) UnpackBadExchangeCountError(raw []byte) (*EscrowBadExchangeCount, error) {
	out := new(EscrowBadExchangeCount)
	if err := escrow.abi.UnpackIntoInterface(out, "BadExchangeCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBadExchangeIndex represents a BadExchangeIndex error raised by the Escrow contract.
type EscrowBadExchangeIndex struct {
	TradeId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadExchangeIndex(uint256 tradeId, uint256 index)
func EscrowBadExchangeIndexErrorID() common.Hash {
	return common.HexToHash("0xb05053c645c920608c7213f6e2c0a51d1534f6dee0c1e45f22cf76b12b6f7aa7")
}

// UnpackBadExchangeIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadExchangeIndex(uint256 tradeId, uint256 index)
func (escrow *Escrow) UnpackBadExchangeIndexError(raw []byte) (*EscrowBadExchangeIndex, error) {
	out := new(EscrowBadExchangeIndex)
	if err := escrow.abi.UnpackIntoInterface(out, "BadExchangeIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlineInPast represents a DeadlineInPast error raised by the Escrow contract.
type EscrowDeadlineInPast struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func EscrowDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x211baed76e26193771f22012dceefc5bdd40cbb8ace8387e738f09c10ce69f11")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func (escrow *Escrow) UnpackDeadlineInPastError(raw []byte) (*EscrowDeadlineInPast, error) {
	out := new(EscrowDeadlineInPast)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlineTooFar represents a DeadlineTooFar error raised by the Escrow contract.
type EscrowDeadlineTooFar struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint256 latest)
func EscrowDeadlineTooFarErrorID() common.Hash {
	return common.HexToHash("0x136579e6708497e2e93446e1272753929979efd9296a388acde5779bccc371da")
}

// UnpackDeadlineTooFarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint256 latest)
func (escrow *Escrow) UnpackDeadlineTooFarError(raw []byte) (*EscrowDeadlineTooFar, error) {
	out := new(EscrowDeadlineTooFar)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlineTooFar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDemandClosed represents a DemandClosed error raised by the Escrow contract.
type EscrowDemandClosed struct {
	DemandId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DemandClosed(uint256 demandId)
func EscrowDemandClosedErrorID() common.Hash {
	return common.HexToHash("0x6a276eed389e4c05001be2c0948fca8c4cf8f056a8dd15793a3d6000003ce2e6")
}

// UnpackDemandClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DemandClosed(uint256 demandId)
func (escrow *Escrow) UnpackDemandClosedError(raw []byte) (*EscrowDemandClosed, error) {
	out := new(EscrowDemandClosed)
	if err := escrow.abi.UnpackIntoInterface(out, "DemandClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDuplicateExchange represents a DuplicateExchange error raised by the Escrow contract.
type EscrowDuplicateExchange struct {
	ExchangeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateExchange(uint256 exchangeId)
func EscrowDuplicateExchangeErrorID() common.Hash {
	return common.HexToHash("0x0f5a4ae7cfcc1ddd8663e099d35525e727fa84ddda3f333acc102472bc2b251c")
}

// UnpackDuplicateExchangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateExchange(uint256 exchangeId)
func (escrow *Escrow) UnpackDuplicateExchangeError(raw []byte) (*EscrowDuplicateExchange, error) {
	out := new(EscrowDuplicateExchange)
	if err := escrow.abi.UnpackIntoInterface(out, "DuplicateExchange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowEmptyPubKey represents a EmptyPubKey error raised by the Escrow contract.
type EscrowEmptyPubKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyPubKey()
func EscrowEmptyPubKeyErrorID() common.Hash {
	return common.HexToHash("0xfc9be71c41317aa9cb31ca24f9ac93ed4ffb672a58656432ba0ee0c39d626893")
}

// UnpackEmptyPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyPubKey()
func (escrow *Escrow) UnpackEmptyPubKeyError(raw []byte) (*EscrowEmptyPubKey, error) {
	out := new(EscrowEmptyPubKey)
	if err := escrow.abi.UnpackIntoInterface(out, "EmptyPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowExchangeNotAccepted represents a ExchangeNotAccepted error raised by the Escrow contract.
type EscrowExchangeNotAccepted struct {
	ListingId  *big.Int
	ExchangeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExchangeNotAccepted(uint256 listingId, uint256 exchangeId)
func EscrowExchangeNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0xd977faaaaa2f3d87b8962eb43a90cfb66acc8da074c4545ed565dc1c2d6b3b24")
}

// UnpackExchangeNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExchangeNotAccepted(uint256 listingId, uint256 exchangeId)
func (escrow *Escrow) UnpackExchangeNotAcceptedError(raw []byte) (*EscrowExchangeNotAccepted, error) {
	out := new(EscrowExchangeNotAccepted)
	if err := escrow.abi.UnpackIntoInterface(out, "ExchangeNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowExchangeNotActive represents a ExchangeNotActive error raised by the Escrow contract.
type EscrowExchangeNotActive struct {
	ExchangeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExchangeNotActive(uint256 exchangeId)
func EscrowExchangeNotActiveErrorID() common.Hash {
	return common.HexToHash("0xd36562f46a67ad48afbdd4b4632498b01cf3e2954f09266f303f9c9196205498")
}

// UnpackExchangeNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExchangeNotActive(uint256 exchangeId)
func (escrow *Escrow) UnpackExchangeNotActiveError(raw []byte) (*EscrowExchangeNotActive, error) {
	out := new(EscrowExchangeNotActive)
	if err := escrow.abi.UnpackIntoInterface(out, "ExchangeNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowFeeAlreadySettled represents a FeeAlreadySettled error raised by the Escrow contract.
type EscrowFeeAlreadySettled struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAlreadySettled(uint256 tradeId)
func EscrowFeeAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x2c2212871a05ace2e50addb4b05655ea2eb428af784ea3565e6a83355f25b15a")
}

// UnpackFeeAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAlreadySettled(uint256 tradeId)
func (escrow *Escrow) UnpackFeeAlreadySettledError(raw []byte) (*EscrowFeeAlreadySettled, error) {
	out := new(EscrowFeeAlreadySettled)
	if err := escrow.abi.UnpackIntoInterface(out, "FeeAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInsufficientStake represents a InsufficientStake error raised by the Escrow contract.
type EscrowInsufficientStake struct {
	ExchangeId *big.Int
	Free       *big.Int
	Wanted     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 exchangeId, uint256 free, uint256 wanted)
func EscrowInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x5ac0ebdd0d212a49a276fe4f29878e3bee69aa7f9afa0704bc0a3e17eae086ae")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 exchangeId, uint256 free, uint256 wanted)
func (escrow *Escrow) UnpackInsufficientStakeError(raw []byte) (*EscrowInsufficientStake, error) {
	out := new(EscrowInsufficientStake)
	if err := escrow.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowListingInactive represents a ListingInactive error raised by the Escrow contract.
type EscrowListingInactive struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInactive(uint256 listingId)
func EscrowListingInactiveErrorID() common.Hash {
	return common.HexToHash("0x161bec9702a4910408c759d4078d91106b875d71aeb4405e407bc181938aa321")
}

// UnpackListingInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInactive(uint256 listingId)
func (escrow *Escrow) UnpackListingInactiveError(raw []byte) (*EscrowListingInactive, error) {
	out := new(EscrowListingInactive)
	if err := escrow.abi.UnpackIntoInterface(out, "ListingInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowListingIsLocked represents a ListingIsLocked error raised by the Escrow contract.
type EscrowListingIsLocked struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingIsLocked(uint256 listingId)
func EscrowListingIsLockedErrorID() common.Hash {
	return common.HexToHash("0xab4670e518357a4396a0f468238b1b374810f8d27d09122f8f07c76057ad762d")
}

// UnpackListingIsLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingIsLocked(uint256 listingId)
func (escrow *Escrow) UnpackListingIsLockedError(raw []byte) (*EscrowListingIsLocked, error) {
	out := new(EscrowListingIsLocked)
	if err := escrow.abi.UnpackIntoInterface(out, "ListingIsLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowMalformedSignature represents a MalformedSignature error raised by the Escrow contract.
type EscrowMalformedSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedSignature()
func EscrowMalformedSignatureErrorID() common.Hash {
	return common.HexToHash("0x55a1e16eadce29d71cb136c0493e3881b154dc5303ad068a5a1e01023482b7e2")
}

// UnpackMalformedSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedSignature()
func (escrow *Escrow) UnpackMalformedSignatureError(raw []byte) (*EscrowMalformedSignature, error) {
	out := new(EscrowMalformedSignature)
	if err := escrow.abi.UnpackIntoInterface(out, "MalformedSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowMeasurementIsRevoked represents a MeasurementIsRevoked error raised by the Escrow contract.
type EscrowMeasurementIsRevoked struct {
	ExchangeId  *big.Int
	Measurement [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementIsRevoked(uint256 exchangeId, bytes32 measurement)
func EscrowMeasurementIsRevokedErrorID() common.Hash {
	return common.HexToHash("0x7f07da7139ba43849cf9b9ae25726282dd7a2a07826e46d426638f5fc62df9fd")
}

// UnpackMeasurementIsRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementIsRevoked(uint256 exchangeId, bytes32 measurement)
func (escrow *Escrow) UnpackMeasurementIsRevokedError(raw []byte) (*EscrowMeasurementIsRevoked, error) {
	out := new(EscrowMeasurementIsRevoked)
	if err := escrow.abi.UnpackIntoInterface(out, "MeasurementIsRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotBuyer represents a NotBuyer error raised by the Escrow contract.
type EscrowNotBuyer struct {
	TradeId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer(uint256 tradeId, address caller)
func EscrowNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x8f1e0b3a83b87f9ff020bcf274ca25fb5eb050d1253e64bd5088cee33d78dbd6")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer(uint256 tradeId, address caller)
func (escrow *Escrow) UnpackNotBuyerError(raw []byte) (*EscrowNotBuyer, error) {
	out := new(EscrowNotBuyer)
	if err := escrow.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNothingToWithdraw represents a NothingToWithdraw error raised by the Escrow contract.
type EscrowNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func EscrowNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (escrow *Escrow) UnpackNothingToWithdrawError(raw []byte) (*EscrowNothingToWithdraw, error) {
	out := new(EscrowNothingToWithdraw)
	if err := escrow.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowOfferStale represents a OfferStale error raised by the Escrow contract.
type EscrowOfferStale struct {
	DemandId   *big.Int
	OfferIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferStale(uint256 demandId, uint256 offerIndex)
func EscrowOfferStaleErrorID() common.Hash {
	return common.HexToHash("0x53a180e2675f7e27bb0febc1935760579fdc2dd2d415dc71021d3df8277682b2")
}

// UnpackOfferStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferStale(uint256 demandId, uint256 offerIndex)
func (escrow *Escrow) UnpackOfferStaleError(raw []byte) (*EscrowOfferStale, error) {
	out := new(EscrowOfferStale)
	if err := escrow.abi.UnpackIntoInterface(out, "OfferStale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Escrow contract.
type EscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func EscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (escrow *Escrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*EscrowReentrancyGuardReentrantCall, error) {
	out := new(EscrowReentrancyGuardReentrantCall)
	if err := escrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowRevealWindowClosed represents a RevealWindowClosed error raised by the Escrow contract.
type EscrowRevealWindowClosed struct {
	TradeId        *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint256 tradeId, uint64 revealDeadline)
func EscrowRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xf2a953cd07009a338e6c7ab7547cf9498a2f5184cf3dd8e4b48783a6cebb8177")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint256 tradeId, uint64 revealDeadline)
func (escrow *Escrow) UnpackRevealWindowClosedError(raw []byte) (*EscrowRevealWindowClosed, error) {
	out := new(EscrowRevealWindowClosed)
	if err := escrow.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowRevealWindowOpen represents a RevealWindowOpen error raised by the Escrow contract.
type EscrowRevealWindowOpen struct {
	TradeId        *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowOpen(uint256 tradeId, uint64 revealDeadline)
func EscrowRevealWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xcbe00e542d6bcf206fd1c99d73b02955c7604e8ed3781a95853abc2aaed5be40")
}

// UnpackRevealWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowOpen(uint256 tradeId, uint64 revealDeadline)
func (escrow *Escrow) UnpackRevealWindowOpenError(raw []byte) (*EscrowRevealWindowOpen, error) {
	out := new(EscrowRevealWindowOpen)
	if err := escrow.abi.UnpackIntoInterface(out, "RevealWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSampleAlreadyRecorded represents a SampleAlreadyRecorded error raised by the Escrow contract.
type EscrowSampleAlreadyRecorded struct {
	TradeId    *big.Int
	ExchangeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleAlreadyRecorded(uint256 tradeId, uint256 exchangeId)
func EscrowSampleAlreadyRecordedErrorID() common.Hash {
	return common.HexToHash("0x22e54a444e936038021906b0a6b9b2c5252b95357f01d9fb98964b232fbef1ac")
}

// UnpackSampleAlreadyRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleAlreadyRecorded(uint256 tradeId, uint256 exchangeId)
func (escrow *Escrow) UnpackSampleAlreadyRecordedError(raw []byte) (*EscrowSampleAlreadyRecorded, error) {
	out := new(EscrowSampleAlreadyRecorded)
	if err := escrow.abi.UnpackIntoInterface(out, "SampleAlreadyRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSampleClaimClosed represents a SampleClaimClosed error raised by the Escrow contract.
type EscrowSampleClaimClosed struct {
	TradeId  *big.Int
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleClaimClosed(uint256 tradeId, uint256 closedAt)
func EscrowSampleClaimClosedErrorID() common.Hash {
	return common.HexToHash("0x0cbb141805bdf149285628a6a658ef07c89df25516616bb4a7788812c67cc171")
}

// UnpackSampleClaimClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleClaimClosed(uint256 tradeId, uint256 closedAt)
func (escrow *Escrow) UnpackSampleClaimClosedError(raw []byte) (*EscrowSampleClaimClosed, error) {
	out := new(EscrowSampleClaimClosed)
	if err := escrow.abi.UnpackIntoInterface(out, "SampleClaimClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSampleClaimOpen represents a SampleClaimOpen error raised by the Escrow contract.
type EscrowSampleClaimOpen struct {
	TradeId  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleClaimOpen(uint256 tradeId, uint256 closesAt)
func EscrowSampleClaimOpenErrorID() common.Hash {
	return common.HexToHash("0xbe9cc03098c976625d8baf37733f36467360133508c7e21a4f4ae2c71ac396f3")
}

// UnpackSampleClaimOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleClaimOpen(uint256 tradeId, uint256 closesAt)
func (escrow *Escrow) UnpackSampleClaimOpenError(raw []byte) (*EscrowSampleClaimOpen, error) {
	out := new(EscrowSampleClaimOpen)
	if err := escrow.abi.UnpackIntoInterface(out, "SampleClaimOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSampleNotReady represents a SampleNotReady error raised by the Escrow contract.
type EscrowSampleNotReady struct {
	ListingId    *big.Int
	ReadyAtBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleNotReady(uint256 listingId, uint256 readyAtBlock)
func EscrowSampleNotReadyErrorID() common.Hash {
	return common.HexToHash("0x9b3192e65a7b117f9c63714793afcc9eda680fedc3a4db3666babc31afa84fea")
}

// UnpackSampleNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleNotReady(uint256 listingId, uint256 readyAtBlock)
func (escrow *Escrow) UnpackSampleNotReadyError(raw []byte) (*EscrowSampleNotReady, error) {
	out := new(EscrowSampleNotReady)
	if err := escrow.abi.UnpackIntoInterface(out, "SampleNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowSellerChanged represents a SellerChanged error raised by the Escrow contract.
type EscrowSellerChanged struct {
	ListingId *big.Int
	Seller    common.Address
	Owner     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SellerChanged(uint256 listingId, address seller, address owner)
func EscrowSellerChangedErrorID() common.Hash {
	return common.HexToHash("0x3b66748eaa6269f2308ccd9a491dd9e79ab307c19a0f25f50722bb4f2376b9ae")
}

// UnpackSellerChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SellerChanged(uint256 listingId, address seller, address owner)
func (escrow *Escrow) UnpackSellerChangedError(raw []byte) (*EscrowSellerChanged, error) {
	out := new(EscrowSellerChanged)
	if err := escrow.abi.UnpackIntoInterface(out, "SellerChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowStatementExpired represents a StatementExpired error raised by the Escrow contract.
type EscrowStatementExpired struct {
	ValidUntil *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StatementExpired(uint256 validUntil)
func EscrowStatementExpiredErrorID() common.Hash {
	return common.HexToHash("0x3f35d1b0b833a17865139d5b03525a714e08b32a373aa56911e3ba4a480b5c44")
}

// UnpackStatementExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StatementExpired(uint256 validUntil)
func (escrow *Escrow) UnpackStatementExpiredError(raw []byte) (*EscrowStatementExpired, error) {
	out := new(EscrowStatementExpired)
	if err := escrow.abi.UnpackIntoInterface(out, "StatementExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowTradeExpired represents a TradeExpired error raised by the Escrow contract.
type EscrowTradeExpired struct {
	TradeId  *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradeExpired(uint256 tradeId, uint64 deadline)
func EscrowTradeExpiredErrorID() common.Hash {
	return common.HexToHash("0x93a3a0b7e80371749907b09dda7910f2c16e9d50023853a521ef0f310f51931f")
}

// UnpackTradeExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradeExpired(uint256 tradeId, uint64 deadline)
func (escrow *Escrow) UnpackTradeExpiredError(raw []byte) (*EscrowTradeExpired, error) {
	out := new(EscrowTradeExpired)
	if err := escrow.abi.UnpackIntoInterface(out, "TradeExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowTradeNotExpired represents a TradeNotExpired error raised by the Escrow contract.
type EscrowTradeNotExpired struct {
	TradeId         *big.Int
	RefundableAfter *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradeNotExpired(uint256 tradeId, uint256 refundableAfter)
func EscrowTradeNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xc8bd685520f3e578ec28392f0be63a79c2ca075fc0c98b77c124bd30c70dca38")
}

// UnpackTradeNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradeNotExpired(uint256 tradeId, uint256 refundableAfter)
func (escrow *Escrow) UnpackTradeNotExpiredError(raw []byte) (*EscrowTradeNotExpired, error) {
	out := new(EscrowTradeNotExpired)
	if err := escrow.abi.UnpackIntoInterface(out, "TradeNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowTransferFailed represents a TransferFailed error raised by the Escrow contract.
type EscrowTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func EscrowTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (escrow *Escrow) UnpackTransferFailedError(raw []byte) (*EscrowTransferFailed, error) {
	out := new(EscrowTransferFailed)
	if err := escrow.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowUnexpectedEther represents a UnexpectedEther error raised by the Escrow contract.
type EscrowUnexpectedEther struct {
	From common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther(address from)
func EscrowUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0xc980a22143f0b541af89fc3ea107c8e6cfa5b12ef7d3a618cffab4683a0c4843")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther(address from)
func (escrow *Escrow) UnpackUnexpectedEtherError(raw []byte) (*EscrowUnexpectedEther, error) {
	out := new(EscrowUnexpectedEther)
	if err := escrow.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowUnknownTrade represents a UnknownTrade error raised by the Escrow contract.
type EscrowUnknownTrade struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTrade(uint256 tradeId)
func EscrowUnknownTradeErrorID() common.Hash {
	return common.HexToHash("0x4bc5e355817fda520456cf754446b7a28337085a826822795b343bb99eeea62e")
}

// UnpackUnknownTradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTrade(uint256 tradeId)
func (escrow *Escrow) UnpackUnknownTradeError(raw []byte) (*EscrowUnknownTrade, error) {
	out := new(EscrowUnknownTrade)
	if err := escrow.abi.UnpackIntoInterface(out, "UnknownTrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrappedKeyMismatch represents a WrappedKeyMismatch error raised by the Escrow contract.
type EscrowWrappedKeyMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrappedKeyMismatch(bytes32 expected, bytes32 got)
func EscrowWrappedKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0xc1dfe0a99970ebee2ec8771c8dce2585c83773002270d6b2c88c95dceecde60e")
}

// UnpackWrappedKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrappedKeyMismatch(bytes32 expected, bytes32 got)
func (escrow *Escrow) UnpackWrappedKeyMismatchError(raw []byte) (*EscrowWrappedKeyMismatch, error) {
	out := new(EscrowWrappedKeyMismatch)
	if err := escrow.abi.UnpackIntoInterface(out, "WrappedKeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongAmount represents a WrongAmount error raised by the Escrow contract.
type EscrowWrongAmount struct {
	Sent   *big.Int
	Wanted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAmount(uint256 sent, uint256 wanted)
func EscrowWrongAmountErrorID() common.Hash {
	return common.HexToHash("0x312b00334db1ea2e47ca02471f2084ea5861925ada5b716a536b2b60e824c081")
}

// UnpackWrongAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAmount(uint256 sent, uint256 wanted)
func (escrow *Escrow) UnpackWrongAmountError(raw []byte) (*EscrowWrongAmount, error) {
	out := new(EscrowWrongAmount)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongSigner represents a WrongSigner error raised by the Escrow contract.
type EscrowWrongSigner struct {
	Recovered common.Address
	Expected  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSigner(address recovered, address expected)
func EscrowWrongSignerErrorID() common.Hash {
	return common.HexToHash("0x366d29f7de543b1e5962d6f7315450f1f5ec3d853d28dca80282b4c242185268")
}

// UnpackWrongSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSigner(address recovered, address expected)
func (escrow *Escrow) UnpackWrongSignerError(raw []byte) (*EscrowWrongSigner, error) {
	out := new(EscrowWrongSigner)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongState represents a WrongState error raised by the Escrow contract.
type EscrowWrongState struct {
	TradeId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 tradeId, uint8 state)
func EscrowWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 tradeId, uint8 state)
func (escrow *Escrow) UnpackWrongStateError(raw []byte) (*EscrowWrongState, error) {
	out := new(EscrowWrongState)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
