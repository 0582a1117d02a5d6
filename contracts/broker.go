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

// BrokerQuery is an auto generated low-level Go binding around an user-defined struct.
type BrokerQuery struct {
	PackageId *big.Int
	Seq       uint32
	QueryHash [32]byte
}

// BrokerQueryPackage is an auto generated low-level Go binding around an user-defined struct.
type BrokerQueryPackage struct {
	Buyer      common.Address
	Payee      common.Address
	ListingId  *big.Int
	QueryPrice *big.Int
	QueryFee   *big.Int
	Count      uint32
	Used       uint32
	Expiry     uint64
	Closed     bool
}

// BrokerReceived is an auto generated low-level Go binding around an user-defined struct.
type BrokerReceived struct {
	TradeId        *big.Int
	Seller         common.Address
	Fingerprint    [32]byte
	CiphertextHash [32]byte
	ReceivedAt     uint64
}

// BrokerSent is an auto generated low-level Go binding around an user-defined struct.
type BrokerSent struct {
	TradeId        *big.Int
	Buyer          common.Address
	Fingerprint    [32]byte
	CiphertextHash [32]byte
	SentAt         uint64
}

// BrokerTerms is an auto generated low-level Go binding around an user-defined struct.
type BrokerTerms struct {
	Offered    bool
	QueryPrice *big.Int
}

// BrokerTrade is an auto generated low-level Go binding around an user-defined struct.
type BrokerTrade struct {
	Buyer            common.Address
	Seller           common.Address
	ListingId        *big.Int
	Price            *big.Int
	Fee              *big.Int
	Fingerprint      [32]byte
	Licence          uint8
	Custody          bool
	State            uint8
	OpenedAt         uint64
	DeliveryDeadline uint64
	ConfirmDeadline  uint64
	DisputeDeadline  uint64
	CiphertextHash   [32]byte
	BuyerFingerprint [32]byte
	UploadHash       [32]byte
}

// BrokerMetaData contains all meta data concerning the Broker contract.
var BrokerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"platform_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt_\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deliveryWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"confirmWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"disputeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queryWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"AlreadyUploaded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"max\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInCustody\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"NoTokenOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"NoUpload\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"dueAt\",\"type\":\"uint64\"}],\"name\":\"NotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotListingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"NotOffered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPlatform\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"}],\"name\":\"PackageIsClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"}],\"name\":\"QueriesExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"QueriesNotOffered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDealing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"TokenNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"}],\"name\":\"UnknownPackage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"UnknownTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"}],\"name\":\"WrongSequence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"want\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroWindow\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"Confirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"consistent\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"buyerFingerprint\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"receivedAt\",\"type\":\"uint64\"}],\"name\":\"ConsistencyChecked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sentAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"confirmDeadline\",\"type\":\"uint64\"}],\"name\":\"DataSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"toSeller\",\"type\":\"bool\"}],\"name\":\"DisputeDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"disputeDeadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"unused\",\"type\":\"uint32\"}],\"name\":\"PackageClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"platform\",\"type\":\"address\"}],\"name\":\"PlatformChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"queryPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"queryFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"QueriesBought\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"}],\"name\":\"QueryCharged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"uploadHash\",\"type\":\"bytes32\"}],\"name\":\"SellerUploaded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"offered\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"queryPrice\",\"type\":\"uint256\"}],\"name\":\"TermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TokenOwed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TokenReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"}],\"name\":\"TradeCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliveryDeadline\",\"type\":\"uint64\"}],\"name\":\"TradeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"TradeRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NAME\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUERY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIVED_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"buyQueries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"buyerSig\",\"type\":\"bytes\"}],\"name\":\"chargeQuery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"}],\"name\":\"closeQueries\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"complain\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"confirmWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toSeller\",\"type\":\"bool\"}],\"name\":\"decide\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"decisionDeadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deliveryWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"feeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"forceTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"}],\"name\":\"getPackage\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"queryPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"queryFee\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"used\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"}],\"internalType\":\"structBroker.QueryPackage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"getTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"offered\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"queryPrice\",\"type\":\"uint256\"}],\"internalType\":\"structBroker.Terms\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"getTrade\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"licence\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"custody\",\"type\":\"bool\"},{\"internalType\":\"enumBroker.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"openedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deliveryDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"confirmDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"disputeDeadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"buyerFingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"uploadHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBroker.Trade\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sentAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sellerSig\",\"type\":\"bytes\"}],\"name\":\"notifySent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"packageCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platform\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"buyerFingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"receivedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"buyerSig\",\"type\":\"bytes\"},{\"internalType\":\"bool\",\"name\":\"consistent\",\"type\":\"bool\"}],\"name\":\"postCheck\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"packageId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"queryHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBroker.Query\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"queryDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queryWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"receivedAt\",\"type\":\"uint64\"}],\"internalType\":\"structBroker.Received\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receivedDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"uploadHash\",\"type\":\"bytes32\"}],\"name\":\"recordUpload\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"releaseToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"salt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ciphertextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sentAt\",\"type\":\"uint64\"}],\"internalType\":\"structBroker.Sent\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"sentDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"platform_\",\"type\":\"address\"}],\"name\":\"setPlatform\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"offered\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"queryPrice\",\"type\":\"uint256\"}],\"name\":\"setTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"tokenOwed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tradeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Broker",
	Bin: "0x610180604052348015610010575f5ffd5b506040516140f83803806140f883398101604081905261002f91610286565b60015f556001600160a01b038816158061005057506001600160a01b038716155b1561006e5760405163d92e233d60e01b815260040160405180910390fd5b6107d061ffff861611156100a757604051633c057d7b60e01b815261ffff861660048201526107d0602482015260440160405180910390fd5b6001600160401b03841615806100c457506001600160401b038316155b806100d657506001600160401b038216155b806100e857506001600160401b038116155b1561010657604051634acbbb6560e01b815260040160405180910390fd5b6001600160a01b038881166080526001805460a08990529189166001600160b01b031990921691909117600160a01b61ffff8816021790556001600160401b0384811660c05283811660e052828116610100528116610120524661014052610242604080518082018252600981526864617461747261646560b81b6020918201528151808301835260018152603160f81b9082015260a0805183517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac56472818501527f45cd6c2dca73f75e651c87a7eb5e8d34d17a38710bc34b350b04a909bb74c9fc818601527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152466080820152309281019290925260c0808301919091528351808303909101815260e0909101909252815191012090565b610160525061031f9650505050505050565b6001600160a01b0381168114610268575f5ffd5b50565b80516001600160401b0381168114610281575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b03121561029e575f5ffd5b88516102a981610254565b60208a01519098506102ba81610254565b60408a015160608b0151919850965061ffff811681146102d8575f5ffd5b94506102e660808a0161026b565b93506102f460a08a0161026b565b925061030260c08a0161026b565b915061031060e08a0161026b565b90509295985092959890939650565b60805160a05160c05160e05161010051610120516101405161016051613d006103f85f395f612b1b01525f612af301525f818161066e015261243201525f81816102d501528181610e1d01528181610fb50152818161136a0152612ddd01525f81816106c00152611e4001525f8181610975015261190601525f81816107d80152612bf201525f818161057501528181610cbb015281816114ba015281816115c501528181611715015281816117b501528181611a0a01528181611f9f0152818161226f0152818161232401526131200152613d005ff3fe608060405260043610610280575f3560e01c8063af9e3a3611610155578063cc1ccfd7116100be578063e39689bd11610078578063e39689bd14610907578063ee0ebe0c14610926578063f43cc7731461093b578063f698da2514610950578063fd637a9414610964578063ffa1ad7414610997575f5ffd5b8063cc1ccfd714610819578063d4a9a05714610838578063d55be8c61461086c578063d5ac3e3414610881578063d5d44d80146108b4578063dfb01bc4146108e8575f5ffd5b8063ba0179b51161010f578063ba0179b514610761578063bb59316814610780578063bc12af0114610793578063bd55022a146107b2578063bfa0b133146107c7578063c574296e146107fa575f5ffd5b8063af9e3a3614610690578063b0d4d77c146106af578063b48e4a3b146106e2578063b54d623814610701578063b5bd3eb914610720578063b99dfe1814610735575f5ffd5b80634bde38c8116101f757806380f55605116101b157806380f55605146105645780638e005553146105975780639ba5c15d146105b6578063a3f4df7e146105e9578063a45cfc1f1461062a578063ad0873a21461065d575f5ffd5b80634bde38c814610445578063540a28ab1461047c5780635cdf98de1461049b578063690e7c09146105135780636945c5ea146105265780637079bb0d14610545575f5ffd5b8063224f3d1a11610248578063224f3d1a1461037457806324a9d85314610393578063278ecde1146103c75780632db25e05146103e65780633ccfd60b146104125780633e8865a414610426575f5ffd5b806306790cbd146102845780630ac0b81b146102a5578063117f5f92146102c45780631a9f891c1461031457806320606b7014610333575b5f5ffd5b34801561028f575f5ffd5b506102a361029e366004613296565b6109c3565b005b3480156102b0575f5ffd5b506102a36102bf36600461331b565b610ad9565b3480156102cf575f5ffd5b506102f77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b34801561031f575f5ffd5b506102a361032e36600461339b565b610c9b565b34801561033e575f5ffd5b506103667fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647281565b60405190815260200161030b565b34801561037f575f5ffd5b506102a361038e3660046133d0565b610dc3565b34801561039e575f5ffd5b506001546103b490600160a01b900461ffff1681565b60405161ffff909116815260200161030b565b3480156103d2575f5ffd5b506102a36103e13660046133fe565b610f24565b3480156103f1575f5ffd5b506104056104003660046133fe565b61109a565b60405161030b9190613449565b34801561041d575f5ffd5b506102a361122b565b348015610431575f5ffd5b506102f76104403660046133fe565b61133e565b348015610450575f5ffd5b50600154610464906001600160a01b031681565b6040516001600160a01b03909116815260200161030b565b348015610487575f5ffd5b506102a36104963660046133fe565b6113a6565b3480156104a6575f5ffd5b506104f66104b53660046133fe565b604080518082019091525f8082526020820152505f908152600660209081526040918290208251808401909352805460ff1615158352600101549082015290565b60408051825115158152602092830151928101929092520161030b565b6103666105213660046133fe565b611499565b348015610531575f5ffd5b506102a361054036600461358e565b611a75565b348015610550575f5ffd5b506102a361055f366004613296565b611b12565b34801561056f575f5ffd5b506104647f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a2575f5ffd5b506102a36105b13660046135a9565b611c2c565b3480156105c1575f5ffd5b506103667facc81b63445b70e153ad98fade6c649d18d503749f94187ce535d756f0f3a90781565b3480156105f4575f5ffd5b5061061d6040518060400160405280600981526020016864617461747261646560b81b81525081565b60405161030b91906135ec565b348015610635575f5ffd5b506103667f599fc40af5bedcc310073d5b592b596cd03705f5f27fe752e373f6615bedb86d81565b348015610668575f5ffd5b506102f77f000000000000000000000000000000000000000000000000000000000000000081565b34801561069b575f5ffd5b506103666106aa3660046133fe565b611ce4565b3480156106ba575f5ffd5b506102f77f000000000000000000000000000000000000000000000000000000000000000081565b3480156106ed575f5ffd5b506102a36106fc36600461361e565b611d12565b34801561070c575f5ffd5b506102a361071b3660046133fe565b611ee5565b34801561072b575f5ffd5b5061036660045481565b348015610740575f5ffd5b5061075461074f3660046133fe565b612000565b60405161030b9190613682565b34801561076c575f5ffd5b506102a361077b3660046133fe565b6120e4565b61036661078e36600461373a565b6121d8565b34801561079e575f5ffd5b506103666107ad366004613773565b61267b565b3480156107bd575f5ffd5b5061036660025481565b3480156107d2575f5ffd5b506103667f000000000000000000000000000000000000000000000000000000000000000081565b348015610805575f5ffd5b506102a361081436600461378d565b6126cd565b348015610824575f5ffd5b506102a36108333660046133fe565b61292f565b348015610843575f5ffd5b506104646108523660046133fe565b5f908152600a60205260409020546001600160a01b031690565b348015610877575f5ffd5b506103b46107d081565b34801561088c575f5ffd5b506103667f46b128b0e2398ffd4402c46dec89afe0cf266df97e07d977698fa6ea7e3560a081565b3480156108bf575f5ffd5b506103666108ce36600461358e565b6001600160a01b03165f9081526009602052604090205490565b3480156108f3575f5ffd5b506103666109023660046137d4565b612a82565b348015610912575f5ffd5b50610366610921366004613773565b612ab9565b348015610931575f5ffd5b5061036660035481565b348015610946575f5ffd5b5061036660055481565b34801561095b575f5ffd5b50610366612af0565b34801561096f575f5ffd5b506102f77f000000000000000000000000000000000000000000000000000000000000000081565b3480156109a2575f5ffd5b5061061d604051806040016040528060018152602001603160f81b81525081565b6001546001600160a01b031633146109f55760405163967a6ee960e01b81523360048201526024015b60405180910390fd5b5f6109ff83612c34565b9050610a0d83826004612c82565b60078101546001600160401b0316421115610a535760078101546040516337851a4160e11b8152600481018590526001600160401b0390911660248201526044016109ec565b81610a715760405163f1ae58d560e01b815260040160405180910390fd5b600a81015415610a97576040516360fd290760e01b8152600481018490526024016109ec565b600a810182905560405182815283907f6cdbb47e750b527fc2086653502317f2be8314b7ef389b1c69bc9f3beba89e61906020015b60405180910390a2505050565b6001546001600160a01b03163314610b065760405163967a6ee960e01b81523360048201526024016109ec565b5f610b1088612c34565b9050610b1e88826002612c82565b6006810154600160981b90046001600160401b0316421115610b715760068101546040516337851a4160e11b8152600481018a9052600160981b9091046001600160401b031660248201526044016109ec565b60018101546040515f91610bbd917f599fc40af5bedcc310073d5b592b596cd03705f5f27fe752e373f6615bedb86d918c916001600160a01b03909116908c908c908c906020016137ed565b604051602081830303815290604052805190602001209050610bf5610be182612cdc565b8354879087906001600160a01b0316612d08565b60098201889055604080518415158152602081018a90529081018890526001600160401b038716606082015289907f31361301763ed8a420d0158241ffddd1363754f4e5364348ddd65baf8f2782b29060800160405180910390a28215610c6e5760068201805462ff0000191662030000179055610c90565b610c908983730ccd2dccecae4e0e4d2dce840dad2e6dac2e8c6d60631b612dc5565b505050505050505050565b6040516331a9108f60e11b81526004810184905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015610d00573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d249190613827565b6001600160a01b031614610d5457604051630a98fd3560e11b8152600481018490523360248201526044016109ec565b60408051808201825283151580825260208083018581525f888152600683528590209351845460ff191690151517845551600190930192909255825190815290810183905284917f668d97129ded7f4bb8252ceed4b0b100769799c460753d505791a04f972fdd249101610acc565b6001546001600160a01b03163314610df05760405163967a6ee960e01b81523360048201526024016109ec565b610df8612e67565b5f610e0283612c34565b9050610e1083826004612c82565b60078101545f90610e4b907f0000000000000000000000000000000000000000000000000000000000000000906001600160401b0316613856565b9050806001600160401b0316421115610e89576040516337851a4160e11b8152600481018590526001600160401b03821660248201526044016109ec565b828015610e985750600a820154155b15610eb957604051630b61379960e21b8152600481018590526024016109ec565b837fd108f6e833f383d8b14a57311d1a6478b06822ce86021bdfdd8f7696d8684b7584604051610eed911515815260200190565b60405180910390a28215610f0b57610f0684835f612e8f565b610f15565b610f158483612f3d565b5050610f2060015f55565b5050565b610f2c612e67565b5f610f3682612c34565b90505f600160068381015462010000900460ff1690811115610f5a57610f5a613415565b03610f7a57506006810154600160581b90046001600160401b0316611047565b600460068381015462010000900460ff1690811115610f9b57610f9b613415565b03610ffe57600a82015415610fe8576007820154610fe3907f0000000000000000000000000000000000000000000000000000000000000000906001600160401b0316613856565b610ff7565b60078201546001600160401b03165b9050611047565b828260060160029054906101000a900460ff16600681111561102257611022613415565b60405163800b061560e01b8152600481019290925260ff1660248201526044016109ec565b806001600160401b0316421161108257604051635d831adf60e01b8152600481018490526001600160401b03821660248201526044016109ec565b61108c8383612f3d565b505061109760015f55565b50565b60408051610200810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e081019190915261112382612c34565b604080516102008101825282546001600160a01b03908116825260018401541660208201526002830154918101919091526003820154606082015260048201546080820152600582015460a082015260068083015460ff80821660c08501526101008083048216151560e08601529394938501926201000090920416908111156111af576111af613415565b60068111156111c0576111c0613415565b815260068201546001600160401b036301000000820481166020840152600160581b820481166040840152600160981b909104811660608301526007830154166080820152600882015460a0820152600982015460c0820152600a9091015460e09091015292915050565b611233612e67565b335f908152600960205260408120549081900361126557604051636e34ee0b60e11b81523360048201526024016109ec565b335f90815260096020526040812081905560048054839290611288908490613875565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611301576040519150601f19603f3d011682016040523d82523d5f602084013e611306565b606091505b505090508061133157604051630e21dcbb60e11b8152336004820152602481018390526044016109ec565b505061133c60015f55565b565b5f5f61134983612c34565b60078101549091506001600160401b03161561139d576007810154611398907f0000000000000000000000000000000000000000000000000000000000000000906001600160401b0316613856565b61139f565b5f5b9392505050565b6113ae612e67565b5f6113b882612c34565b9050600260068281015462010000900460ff16908111156113db576113db613415565b141580156114085750600360068281015462010000900460ff169081111561140557611405613415565b14155b1561143157818160060160029054906101000a900460ff16600681111561102257611022613415565b6006810154600160981b90046001600160401b03164211611483576006810154604051635d831adf60e01b815260048101849052600160981b9091046001600160401b031660248201526044016109ec565b61148f82826001612e8f565b5061109760015f55565b5f6114a2612e67565b60405163083d13a560e11b8152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063107a274a906024015f60405180830381865afa158015611506573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261152d9190810190613a0d565b5f8481526006602052604090205490915060ff1661156157604051631c1e71e760e01b8152600481018490526024016109ec565b8061018001516115865760405162de2a4f60e61b8152600481018490526024016109ec565b806101a00151156115ad576040516314739f6760e11b8152600481018490526024016109ec565b6040516331a9108f60e11b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611612573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116369190613827565b9050306001600160a01b038216036116645760405163c7379ae560e01b8152600481018590526024016109ec565b336001600160a01b0382160361168d57604051630e99537b60e31b815260040160405180910390fd5b5f61169b8360c00151611ce4565b9050808360c001516116ad9190613b6e565b34146116e65734818460c001516116c49190613b6e565b60405163195a3ca160e01b8152600481019290925260248201526044016109ec565b60e083015160ff161580156118415760405163020604bf60e21b81526004810187905230906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063081812fc90602401602060405180830381865afa15801561175a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061177e9190613827565b6001600160a01b031614158015611820575060405163e985e9c560e01b81526001600160a01b0384811660048301523060248301527f0000000000000000000000000000000000000000000000000000000000000000169063e985e9c590604401602060405180830381865afa1580156117fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061181e9190613b81565b155b15611841576040516330b46bfb60e11b8152600481018790526024016109ec565b60025f815461184f90613b9c565b91829055505f8181526007602052604090208054336001600160a01b03199182161782556001820180549091166001600160a01b0387161790556002810188905560c08601516003820155600481018490556080860151600582015560e0860151600682018054620100006001600160401b034290811663010000000260ff90951661ffff199093169290921761010088151502176affffffffffffffffff00001916939093179290921790559196509061192b907f000000000000000000000000000000000000000000000000000000000000000090613856565b81600601600b6101000a8154816001600160401b0302191690836001600160401b031602179055503460055f8282546119649190613b6e565b909155505060c08501516006820154604080516001600160a01b038816815260208101939093528201859052600160581b90046001600160401b031660608201523390889088907f9718430f2cd5c07c97195c7929089dec7a1a8d0fe21c70ec3e80bd30530ac4c59060800160405180910390a48115611a62576040516323b872dd60e01b81526001600160a01b038581166004830152306024830152604482018990527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064015f604051808303815f87803b158015611a4b575f5ffd5b505af1158015611a5d573d5f5f3e3d5ffd5b505050505b5050505050611a7060015f55565b919050565b6001546001600160a01b03163314611aa25760405163967a6ee960e01b81523360048201526024016109ec565b6001600160a01b038116611ac95760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517f7233c505b7cde4da4138f9e5dd1c6c2081eab04da5fa59c1f616874f5369c963905f90a250565b5f611b1c83612c34565b80549091506001600160a01b03163314611b525760405163478f059d60e11b8152600481018490523360248201526044016109ec565b600260068281015462010000900460ff1690811115611b7357611b73613415565b14158015611ba05750600360068281015462010000900460ff1690811115611b9d57611b9d613415565b14155b15611bc957828160060160029054906101000a900460ff16600681111561102257611022613415565b6006810154600160981b90046001600160401b0316421115611c1c5760068101546040516337851a4160e11b815260048101859052600160981b9091046001600160401b031660248201526044016109ec565b611c27838284612dc5565b505050565b6001546001600160a01b03163314611c595760405163967a6ee960e01b81523360048201526024016109ec565b6107d061ffff82161115611c8e57604051633c057d7b60e01b815261ffff821660048201526107d060248201526044016109ec565b6001805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e2439060200160405180910390a150565b6001545f9061271090611d0290600160a01b900461ffff1684613bb4565b611d0c9190613bcb565b92915050565b5f611d1c86612c34565b9050611d2a86826001612c82565b6006810154600160581b90046001600160401b0316421115611d7d5760068101546040516337851a4160e11b815260048101889052600160581b9091046001600160401b031660248201526044016109ec565b84611d9b5760405163f1ae58d560e01b815260040160405180910390fd5b805460058201546040515f92611de6927f46b128b0e2398ffd4402c46dec89afe0cf266df97e07d977698fa6ea7e3560a0928b926001600160a01b031691908b908b906020016137ed565b604051602081830303815290604052805190602001209050611e21611e0a82612cdc565b6001840154869086906001600160a01b0316612d08565b60068201805462ff000019166202000017905560088201869055611e657f000000000000000000000000000000000000000000000000000000000000000042613856565b60068301805467ffffffffffffffff60981b1916600160981b6001600160401b0393841681029190911791829055604080518a81528985166020820152919092049092169082015287907febd0dbca6ca50e2b1997b798b7000457e6c412e83934f5f2fa10fefe5b2f645b9060600160405180910390a250505050505050565b611eed612e67565b5f818152600a60205260409020546001600160a01b031680611f2557604051635f89856960e11b8152600481018390526024016109ec565b5f828152600a602052604080822080546001600160a01b0319169055516001600160a01b0383169184917f1c5fa20993de5b6a904303b0a21eeb8c36693824cc7f2aba49926381621767e59190a36040516323b872dd60e01b81523060048201526001600160a01b038281166024830152604482018490527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064015f604051808303815f87803b158015611fe0575f5ffd5b505af1158015611ff2573d5f5f3e3d5ffd5b505050505061109760015f55565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915261205182612fcc565b604080516101208101825282546001600160a01b0390811682526001840154166020820152600283015491810191909152600382015460608201526004820154608082015260059091015463ffffffff80821660a084015264010000000082041660c0830152600160401b81046001600160401b031660e0830152600160801b900460ff16151561010082015292915050565b6120ec612e67565b5f6120f682612c34565b80549091506001600160a01b0316331461212c5760405163478f059d60e11b8152600481018390523360248201526044016109ec565b600260068281015462010000900460ff169081111561214d5761214d613415565b1415801561217a5750600360068281015462010000900460ff169081111561217757612177613415565b14155b156121a357818160060160029054906101000a900460ff16600681111561102257611022613415565b60405182907f5745b04f0487ed3df77aef07f8203e42e3dda220117bb702fbb3fd48fb148d61905f90a261148f82825f612e8f565b5f828152600660205260408120805460ff1661220a57604051631c1e71e760e01b8152600481018590526024016109ec565b80600101545f0361223157604051639f81b3f560e01b8152600481018590526024016109ec565b8263ffffffff165f036122575760405163011ee73b60e21b815260040160405180910390fd5b6040516331a9108f60e11b8152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa1580156122bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122e09190613827565b9050306001600160a01b0382160361230e5760405163c7379ae560e01b8152600481018690526024016109ec565b60405163083d13a560e11b8152600481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063107a274a906024015f60405180830381865afa158015612370573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526123979190810190613a0d565b61018001516123bb5760405162de2a4f60e61b8152600481018690526024016109ec565b5f6123c98360010154611ce4565b90505f8184600101546123dc9190613b6e565b6123ec9063ffffffff8816613bb4565b90508034146124175760405163195a3ca160e01b8152346004820152602481018290526044016109ec565b60035f815461242590613b9c565b918290555094505f6124577f000000000000000000000000000000000000000000000000000000000000000042613856565b9050604051806101200160405280336001600160a01b03168152602001856001600160a01b03168152602001898152602001866001015481526020018481526020018863ffffffff1681526020015f63ffffffff168152602001826001600160401b031681526020015f151581525060085f8881526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160020155606082015181600301556080820151816004015560a0820151816005015f6101000a81548163ffffffff021916908363ffffffff16021790555060c08201518160050160046101000a81548163ffffffff021916908363ffffffff16021790555060e08201518160050160086101000a8154816001600160401b0302191690836001600160401b031602179055506101008201518160050160106101000a81548160ff0219169083151502179055509050503460055f8282546125fa9190613b6e565b90915550506001850154604080516001600160a01b038716815263ffffffff8a16602082015290810191909152606081018490526001600160401b03821660808201523390899088907fe8fe990691df9d882e2bfcc9b0ab3fcfb9b7905081e719c72e2e21aa0a6e3b609060a00160405180910390a4505050505092915050565b5f611d0c7f599fc40af5bedcc310073d5b592b596cd03705f5f27fe752e373f6615bedb86d836040516020016126b2929190613c40565b60405160208183030381529060405280519060200120612cdc565b6001546001600160a01b031633146126fa5760405163967a6ee960e01b81523360048201526024016109ec565b5f61270486612fcc565b6005810154909150600160801b900460ff16156127375760405163218a79bd60e01b8152600481018790526024016109ec565b6005810154600160401b90046001600160401b031642111561278a5760058101546040516337851a4160e11b815260048101889052600160401b9091046001600160401b031660248201526044016109ec565b600581015463ffffffff80821664010000000090920416106127c25760405163ea8501ab60e01b8152600481018790526024016109ec565b600581015463ffffffff868116640100000000909204161461281d576005810154604051631e22543160e01b81526004810188905263ffffffff808816602483015264010000000090920490911660448201526064016109ec565b604080517facc81b63445b70e153ad98fade6c649d18d503749f94187ce535d756f0f3a907602082015290810187905263ffffffff8616606082015260808101859052612884906128709060a0016126b2565b8254859085906001600160a01b0316612d08565b61288f856001613c54565b60058201805467ffffffff00000000191664010000000063ffffffff938416021790556040805191871682526020820186905287917ff18dbfd963fcd4066d79c1c4fcf5d11a65699662e7c7415faeabf35c608b5ff5910160405180910390a26001810154600382015461290c916001600160a01b031690613004565b6001546004820154612927916001600160a01b031690613004565b505050505050565b5f61293982612fcc565b6005810154909150600160801b900460ff161561296c5760405163218a79bd60e01b8152600481018390526024016109ec565b6001546001600160a01b0316331480159061299b57506005810154600160401b90046001600160401b03164211155b156129d7576005810154604051635d831adf60e01b815260048101849052600160401b9091046001600160401b031660248201526044016109ec565b60058101805460ff60801b198116600160801b17918290555f91612a0c9163ffffffff64010000000090920482169116613c70565b60405163ffffffff8216815290915083907ff7ef916b2ca5c543c5650c8c6cd4f7915c9142d4ed3f079deeaac95e687607209060200160405180910390a2815460048301546003840154611c27926001600160a01b031691612a6d91613b6e565b612a7d9063ffffffff8516613bb4565b613004565b5f611d0c7facc81b63445b70e153ad98fade6c649d18d503749f94187ce535d756f0f3a907836040516020016126b2929190613c8c565b5f611d0c7f46b128b0e2398ffd4402c46dec89afe0cf266df97e07d977698fa6ea7e3560a0836040516020016126b2929190613c40565b5f7f00000000000000000000000000000000000000000000000000000000000000004603612b3d57507f000000000000000000000000000000000000000000000000000000000000000090565b50604080518082018252600981526864617461747261646560b81b6020918201528151808301835260018152603160f81b9082015281517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac56472818301527f45cd6c2dca73f75e651c87a7eb5e8d34d17a38710bc34b350b04a909bb74c9fc818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c0808301919091528351808303909101815260e0909101909252815191012090565b5f8181526007602052604081209060068281015462010000900460ff1690811115612c6157612c61613415565b03611a7057604051634bc5e35560e01b8152600481018390526024016109ec565b806006811115612c9457612c94613415565b60068381015462010000900460ff1690811115612cb357612cb3613415565b14611c2757828260060160029054906101000a900460ff16600681111561102257611022613415565b5f611d0c612ce8612af0565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f612d498686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506130ab92505050565b5090925090505f816003811115612d6257612d62613415565b14612d8057604051632ad0f0b760e11b815260040160405180910390fd5b826001600160a01b0316826001600160a01b0316146129275760405163366d29f760e01b81526001600160a01b038084166004830152841660248201526044016109ec565b60068201805462ff0000191662040000179055612e027f000000000000000000000000000000000000000000000000000000000000000042613856565b60078301805467ffffffffffffffff19166001600160401b03929092169182179055604080518381526020810192909252339185917faf47bdcf9798de3e47a83355b83907ddcdefaaebe3b031d717292d3915e3956f910160405180910390a3505050565b60025f5403612e8957604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b60068201805462ff0000191662050000179055604051811515815283907f28d4259847c7163ce37fc67a0fbf41b63b8431ba070e54818ad971f075ed053b9060200160405180910390a260018201546003830154612ef6916001600160a01b031690613004565b6001546004830154612f11916001600160a01b031690613004565b6006820154610100900460ff1615611c275760028201548254611c2791906001600160a01b03166130f4565b60068101805462ff000019166206000017905560405182907f90efc0e09d27ee22d367486717a0d52c094630ad5011bc98fa942fe2b2246ada905f90a2805460048201546003830154612f9d926001600160a01b031691612a7d91613b6e565b6006810154610100900460ff1615610f205760028101546001820154610f2091906001600160a01b03166130f4565b5f81815260086020526040902080546001600160a01b0316611a705760405163751eae7f60e01b8152600481018390526024016109ec565b805f0361300f575050565b8060055f8282546130209190613875565b90915550506001600160a01b0382165f908152600960205260408120805483929061304c908490613b6e565b925050819055508060045f8282546130649190613b6e565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b5f5f5f83516041036130e2576020840151604085015160608601515f1a6130d4888285856131ce565b9550955095505050506130ed565b505081515f91506002905b9250925092565b6040516323b872dd60e01b81523060048201526001600160a01b038281166024830152604482018490527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064015f604051808303815f87803b158015613161575f5ffd5b505af1925050508015613172575060015b610f20575f828152600a602052604080822080546001600160a01b0319166001600160a01b0385169081179091559051909184917f5c2cf6a0e4ac7bc0644411a4d276902e767d9bb104d4c5420424339c6bc985389190a35050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561320757505f9150600390508261328c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613258573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661328357505f92506001915082905061328c565b92505f91508190505b9450945094915050565b5f5f604083850312156132a7575f5ffd5b50508035926020909101359150565b6001600160401b0381168114611097575f5ffd5b5f5f83601f8401126132da575f5ffd5b5081356001600160401b038111156132f0575f5ffd5b602083019150836020828501011115613307575f5ffd5b9250929050565b8015158114611097575f5ffd5b5f5f5f5f5f5f5f60c0888a031215613331575f5ffd5b8735965060208801359550604088013594506060880135613351816132b6565b935060808801356001600160401b0381111561336b575f5ffd5b6133778a828b016132ca565b90945092505060a088013561338b8161330e565b8091505092959891949750929550565b5f5f5f606084860312156133ad575f5ffd5b8335925060208401356133bf8161330e565b929592945050506040919091013590565b5f5f604083850312156133e1575f5ffd5b8235915060208301356133f38161330e565b809150509250929050565b5f6020828403121561340e575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6007811061344557634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b031681526102008101602083015161347560208401826001600160a01b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c08301516134b260c084018260ff169052565b5060e08301516134c660e084018215159052565b506101008301516134db610100840182613429565b506101208301516134f86101208401826001600160401b03169052565b506101408301516135156101408401826001600160401b03169052565b506101608301516135326101608401826001600160401b03169052565b5061018083015161354f6101808401826001600160401b03169052565b506101a08301516101a08301526101c08301516101c08301526101e08301516101e083015292915050565b6001600160a01b0381168114611097575f5ffd5b5f6020828403121561359e575f5ffd5b813561139f8161357a565b5f602082840312156135b9575f5ffd5b813561ffff8116811461139f575f5ffd5b5f5b838110156135e45781810151838201526020016135cc565b50505f910152565b602081525f825180602084015261360a8160408501602087016135ca565b601f01601f19169190910160400192915050565b5f5f5f5f5f60808688031215613632575f5ffd5b8535945060208601359350604086013561364b816132b6565b925060608601356001600160401b03811115613665575f5ffd5b613671888289016132ca565b969995985093965092949392505050565b81516001600160a01b0390811682526020808401519091169082015260408083015190820152606080830151908201526080808301519082015260a0828101516101208301916136d99084018263ffffffff169052565b5060c08301516136f160c084018263ffffffff169052565b5060e083015161370c60e08401826001600160401b03169052565b5061010083015161372261010084018215159052565b5092915050565b63ffffffff81168114611097575f5ffd5b5f5f6040838503121561374b575f5ffd5b8235915060208301356133f381613729565b5f60a0828403121561376d575f5ffd5b50919050565b5f60a08284031215613783575f5ffd5b61139f838361375d565b5f5f5f5f5f608086880312156137a1575f5ffd5b8535945060208601356137b381613729565b93506040860135925060608601356001600160401b03811115613665575f5ffd5b5f60608284031280156137e5575f5ffd5b509092915050565b95865260208601949094526001600160a01b03929092166040850152606084015260808301526001600160401b031660a082015260c00190565b5f60208284031215613837575f5ffd5b815161139f8161357a565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115611d0c57611d0c613842565b81810381811115611d0c57611d0c613842565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b03811182821017156138bf576138bf613888565b60405290565b604051601f8201601f191681016001600160401b03811182821017156138ed576138ed613888565b604052919050565b5f82601f830112613904575f5ffd5b81516001600160401b0381111561391d5761391d613888565b613930601f8201601f19166020016138c5565b818152846020838601011115613944575f5ffd5b6139558260208301602087016135ca565b949350505050565b8051611a70816132b6565b8051611a7081613729565b805160ff81168114611a70575f5ffd5b5f82601f830112613992575f5ffd5b81516001600160401b038111156139ab576139ab613888565b8060051b6139bb602082016138c5565b918252602081850181019290810190868411156139d6575f5ffd5b6020860192505b838310156139f85782518252602092830192909101906139dd565b9695505050505050565b8051611a708161330e565b5f60208284031215613a1d575f5ffd5b81516001600160401b03811115613a32575f5ffd5b82016101c08185031215613a44575f5ffd5b613a4c61389c565b81516001600160401b03811115613a61575f5ffd5b613a6d868285016138f5565b82525060208281015190820152613a866040830161395d565b6040820152613a9760608301613968565b60608201526080828101519082015260a08201516001600160401b03811115613abe575f5ffd5b613aca868285016138f5565b60a08301525060c08281015190820152613ae660e08301613973565b60e082015261010082810151908201526101208201516001600160401b03811115613b0f575f5ffd5b613b1b86828501613983565b61012083015250613b2f610140830161395d565b6101408201526101608281015190820152613b4d6101808301613a02565b610180820152613b606101a08301613a02565b6101a0820152949350505050565b80820180821115611d0c57611d0c613842565b5f60208284031215613b91575f5ffd5b815161139f8161330e565b5f60018201613bad57613bad613842565b5060010190565b8082028115828204841417611d0c57611d0c613842565b5f82613be557634e487b7160e01b5f52601260045260245ffd5b500490565b803582526020810135613bfc8161357a565b6001600160a01b0316602083015260408181013590830152606080820135908301526080810135613c2c816132b6565b6001600160401b0381166080840152505050565b82815260c0810161139f6020830184613bea565b63ffffffff8181168382160190811115611d0c57611d0c613842565b63ffffffff8281168282160390811115611d0c57611d0c613842565b82815281356020808301919091526080820190830135613cab81613729565b63ffffffff16604083810191909152929092013560609091015291905056fea2646970667358221220d49f6773f76f0d3f54ad375a8c2c3a202683e6d19b0022caf6465a965618d80164736f6c634300081c0033",
}

// Broker is an auto generated Go binding around an Ethereum contract.
type Broker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Broker) GetABI() abi.ABI {
	return c.abi
}

// NewBroker creates a new instance of Broker.
func NewBroker() *Broker {
	parsed, err := BrokerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Broker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Broker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_, address platform_, bytes32 salt_, uint16 feeBps_, uint64 deliveryWindow_, uint64 confirmWindow_, uint64 disputeWindow_, uint64 queryWindow_) returns()
func (broker *Broker) PackConstructor(market_ common.Address, platform_ common.Address, salt_ [32]byte, feeBps_ uint16, deliveryWindow_ uint64, confirmWindow_ uint64, disputeWindow_ uint64, queryWindow_ uint64) []byte {
	enc, err := broker.abi.Pack("", market_, platform_, salt_, feeBps_, deliveryWindow_, confirmWindow_, disputeWindow_, queryWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (broker *Broker) PackDOMAINTYPEHASH() []byte {
	enc, err := broker.abi.Pack("DOMAIN_TYPEHASH")
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
func (broker *Broker) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return broker.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (broker *Broker) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (broker *Broker) PackMAXFEEBPS() []byte {
	enc, err := broker.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (broker *Broker) TryPackMAXFEEBPS() ([]byte, error) {
	return broker.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (broker *Broker) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := broker.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNAME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f4df7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NAME() view returns(string)
func (broker *Broker) PackNAME() []byte {
	enc, err := broker.abi.Pack("NAME")
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
func (broker *Broker) TryPackNAME() ([]byte, error) {
	return broker.abi.Pack("NAME")
}

// UnpackNAME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f4df7e.
//
// Solidity: function NAME() view returns(string)
func (broker *Broker) UnpackNAME(data []byte) (string, error) {
	out, err := broker.abi.Unpack("NAME", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackQUERYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ba5c15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUERY_TYPEHASH() view returns(bytes32)
func (broker *Broker) PackQUERYTYPEHASH() []byte {
	enc, err := broker.abi.Pack("QUERY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUERYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ba5c15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUERY_TYPEHASH() view returns(bytes32)
func (broker *Broker) TryPackQUERYTYPEHASH() ([]byte, error) {
	return broker.abi.Pack("QUERY_TYPEHASH")
}

// UnpackQUERYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ba5c15d.
//
// Solidity: function QUERY_TYPEHASH() view returns(bytes32)
func (broker *Broker) UnpackQUERYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("QUERY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIVEDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa45cfc1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIVED_TYPEHASH() view returns(bytes32)
func (broker *Broker) PackRECEIVEDTYPEHASH() []byte {
	enc, err := broker.abi.Pack("RECEIVED_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIVEDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa45cfc1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIVED_TYPEHASH() view returns(bytes32)
func (broker *Broker) TryPackRECEIVEDTYPEHASH() ([]byte, error) {
	return broker.abi.Pack("RECEIVED_TYPEHASH")
}

// UnpackRECEIVEDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa45cfc1f.
//
// Solidity: function RECEIVED_TYPEHASH() view returns(bytes32)
func (broker *Broker) UnpackRECEIVEDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("RECEIVED_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSENTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ac3e34.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SENT_TYPEHASH() view returns(bytes32)
func (broker *Broker) PackSENTTYPEHASH() []byte {
	enc, err := broker.abi.Pack("SENT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSENTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ac3e34.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SENT_TYPEHASH() view returns(bytes32)
func (broker *Broker) TryPackSENTTYPEHASH() ([]byte, error) {
	return broker.abi.Pack("SENT_TYPEHASH")
}

// UnpackSENTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5ac3e34.
//
// Solidity: function SENT_TYPEHASH() view returns(bytes32)
func (broker *Broker) UnpackSENTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("SENT_TYPEHASH", data)
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
func (broker *Broker) PackVERSION() []byte {
	enc, err := broker.abi.Pack("VERSION")
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
func (broker *Broker) TryPackVERSION() ([]byte, error) {
	return broker.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (broker *Broker) UnpackVERSION(data []byte) (string, error) {
	out, err := broker.abi.Unpack("VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackBuyQueries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb593168.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyQueries(uint256 listingId, uint32 count) payable returns(uint256 packageId)
func (broker *Broker) PackBuyQueries(listingId *big.Int, count uint32) []byte {
	enc, err := broker.abi.Pack("buyQueries", listingId, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyQueries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb593168.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyQueries(uint256 listingId, uint32 count) payable returns(uint256 packageId)
func (broker *Broker) TryPackBuyQueries(listingId *big.Int, count uint32) ([]byte, error) {
	return broker.abi.Pack("buyQueries", listingId, count)
}

// UnpackBuyQueries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb593168.
//
// Solidity: function buyQueries(uint256 listingId, uint32 count) payable returns(uint256 packageId)
func (broker *Broker) UnpackBuyQueries(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("buyQueries", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChargeQuery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc574296e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chargeQuery(uint256 packageId, uint32 seq, bytes32 queryHash, bytes buyerSig) returns()
func (broker *Broker) PackChargeQuery(packageId *big.Int, seq uint32, queryHash [32]byte, buyerSig []byte) []byte {
	enc, err := broker.abi.Pack("chargeQuery", packageId, seq, queryHash, buyerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChargeQuery is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc574296e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chargeQuery(uint256 packageId, uint32 seq, bytes32 queryHash, bytes buyerSig) returns()
func (broker *Broker) TryPackChargeQuery(packageId *big.Int, seq uint32, queryHash [32]byte, buyerSig []byte) ([]byte, error) {
	return broker.abi.Pack("chargeQuery", packageId, seq, queryHash, buyerSig)
}

// PackCloseQueries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1ccfd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeQueries(uint256 packageId) returns()
func (broker *Broker) PackCloseQueries(packageId *big.Int) []byte {
	enc, err := broker.abi.Pack("closeQueries", packageId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseQueries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1ccfd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeQueries(uint256 packageId) returns()
func (broker *Broker) TryPackCloseQueries(packageId *big.Int) ([]byte, error) {
	return broker.abi.Pack("closeQueries", packageId)
}

// PackComplain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7079bb0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function complain(uint256 tradeId, bytes32 reason) returns()
func (broker *Broker) PackComplain(tradeId *big.Int, reason [32]byte) []byte {
	enc, err := broker.abi.Pack("complain", tradeId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComplain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7079bb0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function complain(uint256 tradeId, bytes32 reason) returns()
func (broker *Broker) TryPackComplain(tradeId *big.Int, reason [32]byte) ([]byte, error) {
	return broker.abi.Pack("complain", tradeId, reason)
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm(uint256 tradeId) returns()
func (broker *Broker) PackConfirm(tradeId *big.Int) []byte {
	enc, err := broker.abi.Pack("confirm", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm(uint256 tradeId) returns()
func (broker *Broker) TryPackConfirm(tradeId *big.Int) ([]byte, error) {
	return broker.abi.Pack("confirm", tradeId)
}

// PackConfirmWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d4d77c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmWindow() view returns(uint64)
func (broker *Broker) PackConfirmWindow() []byte {
	enc, err := broker.abi.Pack("confirmWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d4d77c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmWindow() view returns(uint64)
func (broker *Broker) TryPackConfirmWindow() ([]byte, error) {
	return broker.abi.Pack("confirmWindow")
}

// UnpackConfirmWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0d4d77c.
//
// Solidity: function confirmWindow() view returns(uint64)
func (broker *Broker) UnpackConfirmWindow(data []byte) (uint64, error) {
	out, err := broker.abi.Unpack("confirmWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (broker *Broker) PackCredit(account common.Address) []byte {
	enc, err := broker.abi.Pack("credit", account)
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
func (broker *Broker) TryPackCredit(account common.Address) ([]byte, error) {
	return broker.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (broker *Broker) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecide is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x224f3d1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decide(uint256 tradeId, bool toSeller) returns()
func (broker *Broker) PackDecide(tradeId *big.Int, toSeller bool) []byte {
	enc, err := broker.abi.Pack("decide", tradeId, toSeller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecide is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x224f3d1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decide(uint256 tradeId, bool toSeller) returns()
func (broker *Broker) TryPackDecide(tradeId *big.Int, toSeller bool) ([]byte, error) {
	return broker.abi.Pack("decide", tradeId, toSeller)
}

// PackDecisionDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8865a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decisionDeadline(uint256 tradeId) view returns(uint64)
func (broker *Broker) PackDecisionDeadline(tradeId *big.Int) []byte {
	enc, err := broker.abi.Pack("decisionDeadline", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecisionDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8865a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decisionDeadline(uint256 tradeId) view returns(uint64)
func (broker *Broker) TryPackDecisionDeadline(tradeId *big.Int) ([]byte, error) {
	return broker.abi.Pack("decisionDeadline", tradeId)
}

// UnpackDecisionDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e8865a4.
//
// Solidity: function decisionDeadline(uint256 tradeId) view returns(uint64)
func (broker *Broker) UnpackDecisionDeadline(data []byte) (uint64, error) {
	out, err := broker.abi.Unpack("decisionDeadline", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeliveryWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd637a94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveryWindow() view returns(uint64)
func (broker *Broker) PackDeliveryWindow() []byte {
	enc, err := broker.abi.Pack("deliveryWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveryWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd637a94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveryWindow() view returns(uint64)
func (broker *Broker) TryPackDeliveryWindow() ([]byte, error) {
	return broker.abi.Pack("deliveryWindow")
}

// UnpackDeliveryWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd637a94.
//
// Solidity: function deliveryWindow() view returns(uint64)
func (broker *Broker) UnpackDeliveryWindow(data []byte) (uint64, error) {
	out, err := broker.abi.Unpack("deliveryWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint64)
func (broker *Broker) PackDisputeWindow() []byte {
	enc, err := broker.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint64)
func (broker *Broker) TryPackDisputeWindow() ([]byte, error) {
	return broker.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint64)
func (broker *Broker) UnpackDisputeWindow(data []byte) (uint64, error) {
	out, err := broker.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (broker *Broker) PackDomainSeparator() []byte {
	enc, err := broker.abi.Pack("domainSeparator")
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
func (broker *Broker) TryPackDomainSeparator() ([]byte, error) {
	return broker.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (broker *Broker) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (broker *Broker) PackFeeBps() []byte {
	enc, err := broker.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (broker *Broker) TryPackFeeBps() ([]byte, error) {
	return broker.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (broker *Broker) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := broker.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9e3a36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeOf(uint256 amount) view returns(uint256)
func (broker *Broker) PackFeeOf(amount *big.Int) []byte {
	enc, err := broker.abi.Pack("feeOf", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9e3a36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeOf(uint256 amount) view returns(uint256)
func (broker *Broker) TryPackFeeOf(amount *big.Int) ([]byte, error) {
	return broker.abi.Pack("feeOf", amount)
}

// UnpackFeeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf9e3a36.
//
// Solidity: function feeOf(uint256 amount) view returns(uint256)
func (broker *Broker) UnpackFeeOf(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("feeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForceTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x540a28ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceTransfer(uint256 tradeId) returns()
func (broker *Broker) PackForceTransfer(tradeId *big.Int) []byte {
	enc, err := broker.abi.Pack("forceTransfer", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x540a28ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceTransfer(uint256 tradeId) returns()
func (broker *Broker) TryPackForceTransfer(tradeId *big.Int) ([]byte, error) {
	return broker.abi.Pack("forceTransfer", tradeId)
}

// PackGetPackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb99dfe18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPackage(uint256 packageId) view returns((address,address,uint256,uint256,uint256,uint32,uint32,uint64,bool))
func (broker *Broker) PackGetPackage(packageId *big.Int) []byte {
	enc, err := broker.abi.Pack("getPackage", packageId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb99dfe18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPackage(uint256 packageId) view returns((address,address,uint256,uint256,uint256,uint32,uint32,uint64,bool))
func (broker *Broker) TryPackGetPackage(packageId *big.Int) ([]byte, error) {
	return broker.abi.Pack("getPackage", packageId)
}

// UnpackGetPackage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb99dfe18.
//
// Solidity: function getPackage(uint256 packageId) view returns((address,address,uint256,uint256,uint256,uint32,uint32,uint64,bool))
func (broker *Broker) UnpackGetPackage(data []byte) (BrokerQueryPackage, error) {
	out, err := broker.abi.Unpack("getPackage", data)
	if err != nil {
		return *new(BrokerQueryPackage), err
	}
	out0 := *abi.ConvertType(out[0], new(BrokerQueryPackage)).(*BrokerQueryPackage)
	return out0, nil
}

// PackGetTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cdf98de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTerms(uint256 listingId) view returns((bool,uint256))
func (broker *Broker) PackGetTerms(listingId *big.Int) []byte {
	enc, err := broker.abi.Pack("getTerms", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cdf98de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTerms(uint256 listingId) view returns((bool,uint256))
func (broker *Broker) TryPackGetTerms(listingId *big.Int) ([]byte, error) {
	return broker.abi.Pack("getTerms", listingId)
}

// UnpackGetTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cdf98de.
//
// Solidity: function getTerms(uint256 listingId) view returns((bool,uint256))
func (broker *Broker) UnpackGetTerms(data []byte) (BrokerTerms, error) {
	out, err := broker.abi.Unpack("getTerms", data)
	if err != nil {
		return *new(BrokerTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(BrokerTerms)).(*BrokerTerms)
	return out0, nil
}

// PackGetTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2db25e05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTrade(uint256 tradeId) view returns((address,address,uint256,uint256,uint256,bytes32,uint8,bool,uint8,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32))
func (broker *Broker) PackGetTrade(tradeId *big.Int) []byte {
	enc, err := broker.abi.Pack("getTrade", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2db25e05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTrade(uint256 tradeId) view returns((address,address,uint256,uint256,uint256,bytes32,uint8,bool,uint8,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32))
func (broker *Broker) TryPackGetTrade(tradeId *big.Int) ([]byte, error) {
	return broker.abi.Pack("getTrade", tradeId)
}

// UnpackGetTrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2db25e05.
//
// Solidity: function getTrade(uint256 tradeId) view returns((address,address,uint256,uint256,uint256,bytes32,uint8,bool,uint8,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32))
func (broker *Broker) UnpackGetTrade(data []byte) (BrokerTrade, error) {
	out, err := broker.abi.Unpack("getTrade", data)
	if err != nil {
		return *new(BrokerTrade), err
	}
	out0 := *abi.ConvertType(out[0], new(BrokerTrade)).(*BrokerTrade)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (broker *Broker) PackMarket() []byte {
	enc, err := broker.abi.Pack("market")
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
func (broker *Broker) TryPackMarket() ([]byte, error) {
	return broker.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (broker *Broker) UnpackMarket(data []byte) (common.Address, error) {
	out, err := broker.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNotifySent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb48e4a3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function notifySent(uint256 tradeId, bytes32 ciphertextHash, uint64 sentAt, bytes sellerSig) returns()
func (broker *Broker) PackNotifySent(tradeId *big.Int, ciphertextHash [32]byte, sentAt uint64, sellerSig []byte) []byte {
	enc, err := broker.abi.Pack("notifySent", tradeId, ciphertextHash, sentAt, sellerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNotifySent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb48e4a3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function notifySent(uint256 tradeId, bytes32 ciphertextHash, uint64 sentAt, bytes sellerSig) returns()
func (broker *Broker) TryPackNotifySent(tradeId *big.Int, ciphertextHash [32]byte, sentAt uint64, sellerSig []byte) ([]byte, error) {
	return broker.abi.Pack("notifySent", tradeId, ciphertextHash, sentAt, sellerSig)
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x690e7c09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 listingId) payable returns(uint256 tradeId)
func (broker *Broker) PackOpen(listingId *big.Int) []byte {
	enc, err := broker.abi.Pack("open", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x690e7c09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint256 listingId) payable returns(uint256 tradeId)
func (broker *Broker) TryPackOpen(listingId *big.Int) ([]byte, error) {
	return broker.abi.Pack("open", listingId)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x690e7c09.
//
// Solidity: function open(uint256 listingId) payable returns(uint256 tradeId)
func (broker *Broker) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPackageCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee0ebe0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function packageCount() view returns(uint256)
func (broker *Broker) PackPackageCount() []byte {
	enc, err := broker.abi.Pack("packageCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPackageCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee0ebe0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function packageCount() view returns(uint256)
func (broker *Broker) TryPackPackageCount() ([]byte, error) {
	return broker.abi.Pack("packageCount")
}

// UnpackPackageCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee0ebe0c.
//
// Solidity: function packageCount() view returns(uint256)
func (broker *Broker) UnpackPackageCount(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("packageCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bde38c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platform() view returns(address)
func (broker *Broker) PackPlatform() []byte {
	enc, err := broker.abi.Pack("platform")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bde38c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platform() view returns(address)
func (broker *Broker) TryPackPlatform() ([]byte, error) {
	return broker.abi.Pack("platform")
}

// UnpackPlatform is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bde38c8.
//
// Solidity: function platform() view returns(address)
func (broker *Broker) UnpackPlatform(data []byte) (common.Address, error) {
	out, err := broker.abi.Unpack("platform", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac0b81b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postCheck(uint256 tradeId, bytes32 buyerFingerprint, bytes32 ciphertextHash, uint64 receivedAt, bytes buyerSig, bool consistent) returns()
func (broker *Broker) PackPostCheck(tradeId *big.Int, buyerFingerprint [32]byte, ciphertextHash [32]byte, receivedAt uint64, buyerSig []byte, consistent bool) []byte {
	enc, err := broker.abi.Pack("postCheck", tradeId, buyerFingerprint, ciphertextHash, receivedAt, buyerSig, consistent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac0b81b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postCheck(uint256 tradeId, bytes32 buyerFingerprint, bytes32 ciphertextHash, uint64 receivedAt, bytes buyerSig, bool consistent) returns()
func (broker *Broker) TryPackPostCheck(tradeId *big.Int, buyerFingerprint [32]byte, ciphertextHash [32]byte, receivedAt uint64, buyerSig []byte, consistent bool) ([]byte, error) {
	return broker.abi.Pack("postCheck", tradeId, buyerFingerprint, ciphertextHash, receivedAt, buyerSig, consistent)
}

// PackQueryDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfb01bc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queryDigest((uint256,uint32,bytes32) q) view returns(bytes32)
func (broker *Broker) PackQueryDigest(q BrokerQuery) []byte {
	enc, err := broker.abi.Pack("queryDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueryDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfb01bc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queryDigest((uint256,uint32,bytes32) q) view returns(bytes32)
func (broker *Broker) TryPackQueryDigest(q BrokerQuery) ([]byte, error) {
	return broker.abi.Pack("queryDigest", q)
}

// UnpackQueryDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfb01bc4.
//
// Solidity: function queryDigest((uint256,uint32,bytes32) q) view returns(bytes32)
func (broker *Broker) UnpackQueryDigest(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("queryDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQueryWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad0873a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queryWindow() view returns(uint64)
func (broker *Broker) PackQueryWindow() []byte {
	enc, err := broker.abi.Pack("queryWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueryWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad0873a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queryWindow() view returns(uint64)
func (broker *Broker) TryPackQueryWindow() ([]byte, error) {
	return broker.abi.Pack("queryWindow")
}

// UnpackQueryWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad0873a2.
//
// Solidity: function queryWindow() view returns(uint64)
func (broker *Broker) UnpackQueryWindow(data []byte) (uint64, error) {
	out, err := broker.abi.Unpack("queryWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackReceivedDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc12af01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receivedDigest((uint256,address,bytes32,bytes32,uint64) r) view returns(bytes32)
func (broker *Broker) PackReceivedDigest(r BrokerReceived) []byte {
	enc, err := broker.abi.Pack("receivedDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceivedDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc12af01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receivedDigest((uint256,address,bytes32,bytes32,uint64) r) view returns(bytes32)
func (broker *Broker) TryPackReceivedDigest(r BrokerReceived) ([]byte, error) {
	return broker.abi.Pack("receivedDigest", r)
}

// UnpackReceivedDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc12af01.
//
// Solidity: function receivedDigest((uint256,address,bytes32,bytes32,uint64) r) view returns(bytes32)
func (broker *Broker) UnpackReceivedDigest(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("receivedDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordUpload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06790cbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordUpload(uint256 tradeId, bytes32 uploadHash) returns()
func (broker *Broker) PackRecordUpload(tradeId *big.Int, uploadHash [32]byte) []byte {
	enc, err := broker.abi.Pack("recordUpload", tradeId, uploadHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordUpload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06790cbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordUpload(uint256 tradeId, bytes32 uploadHash) returns()
func (broker *Broker) TryPackRecordUpload(tradeId *big.Int, uploadHash [32]byte) ([]byte, error) {
	return broker.abi.Pack("recordUpload", tradeId, uploadHash)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 tradeId) returns()
func (broker *Broker) PackRefund(tradeId *big.Int) []byte {
	enc, err := broker.abi.Pack("refund", tradeId)
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
func (broker *Broker) TryPackRefund(tradeId *big.Int) ([]byte, error) {
	return broker.abi.Pack("refund", tradeId)
}

// PackReleaseToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb54d6238.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseToken(uint256 listingId) returns()
func (broker *Broker) PackReleaseToken(listingId *big.Int) []byte {
	enc, err := broker.abi.Pack("releaseToken", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb54d6238.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseToken(uint256 listingId) returns()
func (broker *Broker) TryPackReleaseToken(listingId *big.Int) ([]byte, error) {
	return broker.abi.Pack("releaseToken", listingId)
}

// PackSalt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfa0b133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function salt() view returns(bytes32)
func (broker *Broker) PackSalt() []byte {
	enc, err := broker.abi.Pack("salt")
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
func (broker *Broker) TryPackSalt() ([]byte, error) {
	return broker.abi.Pack("salt")
}

// UnpackSalt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfa0b133.
//
// Solidity: function salt() view returns(bytes32)
func (broker *Broker) UnpackSalt(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("salt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSentDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe39689bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sentDigest((uint256,address,bytes32,bytes32,uint64) s) view returns(bytes32)
func (broker *Broker) PackSentDigest(s BrokerSent) []byte {
	enc, err := broker.abi.Pack("sentDigest", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSentDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe39689bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sentDigest((uint256,address,bytes32,bytes32,uint64) s) view returns(bytes32)
func (broker *Broker) TryPackSentDigest(s BrokerSent) ([]byte, error) {
	return broker.abi.Pack("sentDigest", s)
}

// UnpackSentDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe39689bd.
//
// Solidity: function sentDigest((uint256,address,bytes32,bytes32,uint64) s) view returns(bytes32)
func (broker *Broker) UnpackSentDigest(data []byte) ([32]byte, error) {
	out, err := broker.abi.Unpack("sentDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint16 feeBps_) returns()
func (broker *Broker) PackSetFee(feeBps uint16) []byte {
	enc, err := broker.abi.Pack("setFee", feeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e005553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint16 feeBps_) returns()
func (broker *Broker) TryPackSetFee(feeBps uint16) ([]byte, error) {
	return broker.abi.Pack("setFee", feeBps)
}

// PackSetPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6945c5ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPlatform(address platform_) returns()
func (broker *Broker) PackSetPlatform(platform common.Address) []byte {
	enc, err := broker.abi.Pack("setPlatform", platform)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPlatform is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6945c5ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPlatform(address platform_) returns()
func (broker *Broker) TryPackSetPlatform(platform common.Address) ([]byte, error) {
	return broker.abi.Pack("setPlatform", platform)
}

// PackSetTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a9f891c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTerms(uint256 listingId, bool offered, uint256 queryPrice) returns()
func (broker *Broker) PackSetTerms(listingId *big.Int, offered bool, queryPrice *big.Int) []byte {
	enc, err := broker.abi.Pack("setTerms", listingId, offered, queryPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a9f891c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTerms(uint256 listingId, bool offered, uint256 queryPrice) returns()
func (broker *Broker) TryPackSetTerms(listingId *big.Int, offered bool, queryPrice *big.Int) ([]byte, error) {
	return broker.abi.Pack("setTerms", listingId, offered, queryPrice)
}

// PackTokenOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4a9a057.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenOwed(uint256 listingId) view returns(address)
func (broker *Broker) PackTokenOwed(listingId *big.Int) []byte {
	enc, err := broker.abi.Pack("tokenOwed", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4a9a057.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenOwed(uint256 listingId) view returns(address)
func (broker *Broker) TryPackTokenOwed(listingId *big.Int) ([]byte, error) {
	return broker.abi.Pack("tokenOwed", listingId)
}

// UnpackTokenOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4a9a057.
//
// Solidity: function tokenOwed(uint256 listingId) view returns(address)
func (broker *Broker) UnpackTokenOwed(data []byte) (common.Address, error) {
	out, err := broker.abi.Unpack("tokenOwed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (broker *Broker) PackTotalCredits() []byte {
	enc, err := broker.abi.Pack("totalCredits")
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
func (broker *Broker) TryPackTotalCredits() ([]byte, error) {
	return broker.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (broker *Broker) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("totalCredits", data)
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
func (broker *Broker) PackTotalHeld() []byte {
	enc, err := broker.abi.Pack("totalHeld")
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
func (broker *Broker) TryPackTotalHeld() ([]byte, error) {
	return broker.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (broker *Broker) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("totalHeld", data)
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
func (broker *Broker) PackTradeCount() []byte {
	enc, err := broker.abi.Pack("tradeCount")
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
func (broker *Broker) TryPackTradeCount() ([]byte, error) {
	return broker.abi.Pack("tradeCount")
}

// UnpackTradeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd55022a.
//
// Solidity: function tradeCount() view returns(uint256)
func (broker *Broker) UnpackTradeCount(data []byte) (*big.Int, error) {
	out, err := broker.abi.Unpack("tradeCount", data)
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
func (broker *Broker) PackWithdraw() []byte {
	enc, err := broker.abi.Pack("withdraw")
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
func (broker *Broker) TryPackWithdraw() ([]byte, error) {
	return broker.abi.Pack("withdraw")
}

// BrokerConfirmed represents a Confirmed event raised by the Broker contract.
type BrokerConfirmed struct {
	TradeId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BrokerConfirmedEventName = "Confirmed"

// ContractEventName returns the user-defined event name.
func (BrokerConfirmed) ContractEventName() string {
	return BrokerConfirmedEventName
}

// UnpackConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Confirmed(uint256 indexed tradeId)
func (broker *Broker) UnpackConfirmedEvent(log *types.Log) (*BrokerConfirmed, error) {
	event := "Confirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerConfirmed)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerConsistencyChecked represents a ConsistencyChecked event raised by the Broker contract.
type BrokerConsistencyChecked struct {
	TradeId          *big.Int
	Consistent       bool
	BuyerFingerprint [32]byte
	CiphertextHash   [32]byte
	ReceivedAt       uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const BrokerConsistencyCheckedEventName = "ConsistencyChecked"

// ContractEventName returns the user-defined event name.
func (BrokerConsistencyChecked) ContractEventName() string {
	return BrokerConsistencyCheckedEventName
}

// UnpackConsistencyCheckedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConsistencyChecked(uint256 indexed tradeId, bool consistent, bytes32 buyerFingerprint, bytes32 ciphertextHash, uint64 receivedAt)
func (broker *Broker) UnpackConsistencyCheckedEvent(log *types.Log) (*BrokerConsistencyChecked, error) {
	event := "ConsistencyChecked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerConsistencyChecked)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerCredited represents a Credited event raised by the Broker contract.
type BrokerCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BrokerCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (BrokerCredited) ContractEventName() string {
	return BrokerCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (broker *Broker) UnpackCreditedEvent(log *types.Log) (*BrokerCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerCredited)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerDataSent represents a DataSent event raised by the Broker contract.
type BrokerDataSent struct {
	TradeId         *big.Int
	CiphertextHash  [32]byte
	SentAt          uint64
	ConfirmDeadline uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const BrokerDataSentEventName = "DataSent"

// ContractEventName returns the user-defined event name.
func (BrokerDataSent) ContractEventName() string {
	return BrokerDataSentEventName
}

// UnpackDataSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DataSent(uint256 indexed tradeId, bytes32 ciphertextHash, uint64 sentAt, uint64 confirmDeadline)
func (broker *Broker) UnpackDataSentEvent(log *types.Log) (*BrokerDataSent, error) {
	event := "DataSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerDataSent)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerDisputeDecided represents a DisputeDecided event raised by the Broker contract.
type BrokerDisputeDecided struct {
	TradeId  *big.Int
	ToSeller bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const BrokerDisputeDecidedEventName = "DisputeDecided"

// ContractEventName returns the user-defined event name.
func (BrokerDisputeDecided) ContractEventName() string {
	return BrokerDisputeDecidedEventName
}

// UnpackDisputeDecidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeDecided(uint256 indexed tradeId, bool toSeller)
func (broker *Broker) UnpackDisputeDecidedEvent(log *types.Log) (*BrokerDisputeDecided, error) {
	event := "DisputeDecided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerDisputeDecided)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerDisputeOpened represents a DisputeOpened event raised by the Broker contract.
type BrokerDisputeOpened struct {
	TradeId         *big.Int
	By              common.Address
	Reason          [32]byte
	DisputeDeadline uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const BrokerDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (BrokerDisputeOpened) ContractEventName() string {
	return BrokerDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed tradeId, address indexed by, bytes32 reason, uint64 disputeDeadline)
func (broker *Broker) UnpackDisputeOpenedEvent(log *types.Log) (*BrokerDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerDisputeOpened)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerFeeChanged represents a FeeChanged event raised by the Broker contract.
type BrokerFeeChanged struct {
	FeeBps uint16
	Raw    *types.Log // Blockchain specific contextual infos
}

const BrokerFeeChangedEventName = "FeeChanged"

// ContractEventName returns the user-defined event name.
func (BrokerFeeChanged) ContractEventName() string {
	return BrokerFeeChangedEventName
}

// UnpackFeeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeChanged(uint16 feeBps)
func (broker *Broker) UnpackFeeChangedEvent(log *types.Log) (*BrokerFeeChanged, error) {
	event := "FeeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerFeeChanged)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerPackageClosed represents a PackageClosed event raised by the Broker contract.
type BrokerPackageClosed struct {
	PackageId *big.Int
	Unused    uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const BrokerPackageClosedEventName = "PackageClosed"

// ContractEventName returns the user-defined event name.
func (BrokerPackageClosed) ContractEventName() string {
	return BrokerPackageClosedEventName
}

// UnpackPackageClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackageClosed(uint256 indexed packageId, uint32 unused)
func (broker *Broker) UnpackPackageClosedEvent(log *types.Log) (*BrokerPackageClosed, error) {
	event := "PackageClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerPackageClosed)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerPlatformChanged represents a PlatformChanged event raised by the Broker contract.
type BrokerPlatformChanged struct {
	Platform common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const BrokerPlatformChangedEventName = "PlatformChanged"

// ContractEventName returns the user-defined event name.
func (BrokerPlatformChanged) ContractEventName() string {
	return BrokerPlatformChangedEventName
}

// UnpackPlatformChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PlatformChanged(address indexed platform)
func (broker *Broker) UnpackPlatformChangedEvent(log *types.Log) (*BrokerPlatformChanged, error) {
	event := "PlatformChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerPlatformChanged)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerQueriesBought represents a QueriesBought event raised by the Broker contract.
type BrokerQueriesBought struct {
	PackageId  *big.Int
	ListingId  *big.Int
	Buyer      common.Address
	Payee      common.Address
	Count      uint32
	QueryPrice *big.Int
	QueryFee   *big.Int
	Expiry     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const BrokerQueriesBoughtEventName = "QueriesBought"

// ContractEventName returns the user-defined event name.
func (BrokerQueriesBought) ContractEventName() string {
	return BrokerQueriesBoughtEventName
}

// UnpackQueriesBoughtEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QueriesBought(uint256 indexed packageId, uint256 indexed listingId, address indexed buyer, address payee, uint32 count, uint256 queryPrice, uint256 queryFee, uint64 expiry)
func (broker *Broker) UnpackQueriesBoughtEvent(log *types.Log) (*BrokerQueriesBought, error) {
	event := "QueriesBought"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerQueriesBought)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerQueryCharged represents a QueryCharged event raised by the Broker contract.
type BrokerQueryCharged struct {
	PackageId *big.Int
	Seq       uint32
	QueryHash [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const BrokerQueryChargedEventName = "QueryCharged"

// ContractEventName returns the user-defined event name.
func (BrokerQueryCharged) ContractEventName() string {
	return BrokerQueryChargedEventName
}

// UnpackQueryChargedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QueryCharged(uint256 indexed packageId, uint32 seq, bytes32 queryHash)
func (broker *Broker) UnpackQueryChargedEvent(log *types.Log) (*BrokerQueryCharged, error) {
	event := "QueryCharged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerQueryCharged)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerSellerUploaded represents a SellerUploaded event raised by the Broker contract.
type BrokerSellerUploaded struct {
	TradeId    *big.Int
	UploadHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BrokerSellerUploadedEventName = "SellerUploaded"

// ContractEventName returns the user-defined event name.
func (BrokerSellerUploaded) ContractEventName() string {
	return BrokerSellerUploadedEventName
}

// UnpackSellerUploadedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SellerUploaded(uint256 indexed tradeId, bytes32 uploadHash)
func (broker *Broker) UnpackSellerUploadedEvent(log *types.Log) (*BrokerSellerUploaded, error) {
	event := "SellerUploaded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerSellerUploaded)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerTermsSet represents a TermsSet event raised by the Broker contract.
type BrokerTermsSet struct {
	ListingId  *big.Int
	Offered    bool
	QueryPrice *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const BrokerTermsSetEventName = "TermsSet"

// ContractEventName returns the user-defined event name.
func (BrokerTermsSet) ContractEventName() string {
	return BrokerTermsSetEventName
}

// UnpackTermsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TermsSet(uint256 indexed listingId, bool offered, uint256 queryPrice)
func (broker *Broker) UnpackTermsSetEvent(log *types.Log) (*BrokerTermsSet, error) {
	event := "TermsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerTermsSet)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerTokenOwed represents a TokenOwed event raised by the Broker contract.
type BrokerTokenOwed struct {
	ListingId *big.Int
	To        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const BrokerTokenOwedEventName = "TokenOwed"

// ContractEventName returns the user-defined event name.
func (BrokerTokenOwed) ContractEventName() string {
	return BrokerTokenOwedEventName
}

// UnpackTokenOwedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenOwed(uint256 indexed listingId, address indexed to)
func (broker *Broker) UnpackTokenOwedEvent(log *types.Log) (*BrokerTokenOwed, error) {
	event := "TokenOwed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerTokenOwed)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerTokenReleased represents a TokenReleased event raised by the Broker contract.
type BrokerTokenReleased struct {
	ListingId *big.Int
	To        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const BrokerTokenReleasedEventName = "TokenReleased"

// ContractEventName returns the user-defined event name.
func (BrokerTokenReleased) ContractEventName() string {
	return BrokerTokenReleasedEventName
}

// UnpackTokenReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenReleased(uint256 indexed listingId, address indexed to)
func (broker *Broker) UnpackTokenReleasedEvent(log *types.Log) (*BrokerTokenReleased, error) {
	event := "TokenReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerTokenReleased)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerTradeCompleted represents a TradeCompleted event raised by the Broker contract.
type BrokerTradeCompleted struct {
	TradeId *big.Int
	Forced  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const BrokerTradeCompletedEventName = "TradeCompleted"

// ContractEventName returns the user-defined event name.
func (BrokerTradeCompleted) ContractEventName() string {
	return BrokerTradeCompletedEventName
}

// UnpackTradeCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeCompleted(uint256 indexed tradeId, bool forced)
func (broker *Broker) UnpackTradeCompletedEvent(log *types.Log) (*BrokerTradeCompleted, error) {
	event := "TradeCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerTradeCompleted)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerTradeOpened represents a TradeOpened event raised by the Broker contract.
type BrokerTradeOpened struct {
	TradeId          *big.Int
	ListingId        *big.Int
	Buyer            common.Address
	Seller           common.Address
	Price            *big.Int
	Fee              *big.Int
	DeliveryDeadline uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const BrokerTradeOpenedEventName = "TradeOpened"

// ContractEventName returns the user-defined event name.
func (BrokerTradeOpened) ContractEventName() string {
	return BrokerTradeOpenedEventName
}

// UnpackTradeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeOpened(uint256 indexed tradeId, uint256 indexed listingId, address indexed buyer, address seller, uint256 price, uint256 fee, uint64 deliveryDeadline)
func (broker *Broker) UnpackTradeOpenedEvent(log *types.Log) (*BrokerTradeOpened, error) {
	event := "TradeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerTradeOpened)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerTradeRefunded represents a TradeRefunded event raised by the Broker contract.
type BrokerTradeRefunded struct {
	TradeId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BrokerTradeRefundedEventName = "TradeRefunded"

// ContractEventName returns the user-defined event name.
func (BrokerTradeRefunded) ContractEventName() string {
	return BrokerTradeRefundedEventName
}

// UnpackTradeRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TradeRefunded(uint256 indexed tradeId)
func (broker *Broker) UnpackTradeRefundedEvent(log *types.Log) (*BrokerTradeRefunded, error) {
	event := "TradeRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerTradeRefunded)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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

// BrokerWithdrawn represents a Withdrawn event raised by the Broker contract.
type BrokerWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BrokerWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (BrokerWithdrawn) ContractEventName() string {
	return BrokerWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (broker *Broker) UnpackWithdrawnEvent(log *types.Log) (*BrokerWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != broker.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BrokerWithdrawn)
	if len(log.Data) > 0 {
		if err := broker.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range broker.abi.Events[event].Inputs {
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
func (broker *Broker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], broker.abi.Errors["AlreadyUploaded"].ID.Bytes()[:4]) {
		return broker.UnpackAlreadyUploadedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return broker.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return broker.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ListingInCustody"].ID.Bytes()[:4]) {
		return broker.UnpackListingInCustodyError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ListingLocked"].ID.Bytes()[:4]) {
		return broker.UnpackListingLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ListingNotActive"].ID.Bytes()[:4]) {
		return broker.UnpackListingNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["MalformedSignature"].ID.Bytes()[:4]) {
		return broker.UnpackMalformedSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NoTokenOwed"].ID.Bytes()[:4]) {
		return broker.UnpackNoTokenOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NoUpload"].ID.Bytes()[:4]) {
		return broker.UnpackNoUploadError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return broker.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NotDue"].ID.Bytes()[:4]) {
		return broker.UnpackNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NotListingOwner"].ID.Bytes()[:4]) {
		return broker.UnpackNotListingOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NotOffered"].ID.Bytes()[:4]) {
		return broker.UnpackNotOfferedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NotPlatform"].ID.Bytes()[:4]) {
		return broker.UnpackNotPlatformError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return broker.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["PackageIsClosed"].ID.Bytes()[:4]) {
		return broker.UnpackPackageIsClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["QueriesExhausted"].ID.Bytes()[:4]) {
		return broker.UnpackQueriesExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["QueriesNotOffered"].ID.Bytes()[:4]) {
		return broker.UnpackQueriesNotOfferedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return broker.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["SelfDealing"].ID.Bytes()[:4]) {
		return broker.UnpackSelfDealingError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["TokenNotApproved"].ID.Bytes()[:4]) {
		return broker.UnpackTokenNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return broker.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["UnknownPackage"].ID.Bytes()[:4]) {
		return broker.UnpackUnknownPackageError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["UnknownTrade"].ID.Bytes()[:4]) {
		return broker.UnpackUnknownTradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["WrongSequence"].ID.Bytes()[:4]) {
		return broker.UnpackWrongSequenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["WrongSigner"].ID.Bytes()[:4]) {
		return broker.UnpackWrongSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return broker.UnpackWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["WrongValue"].ID.Bytes()[:4]) {
		return broker.UnpackWrongValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return broker.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ZeroCount"].ID.Bytes()[:4]) {
		return broker.UnpackZeroCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ZeroHash"].ID.Bytes()[:4]) {
		return broker.UnpackZeroHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], broker.abi.Errors["ZeroWindow"].ID.Bytes()[:4]) {
		return broker.UnpackZeroWindowError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BrokerAlreadyUploaded represents a AlreadyUploaded error raised by the Broker contract.
type BrokerAlreadyUploaded struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyUploaded(uint256 tradeId)
func BrokerAlreadyUploadedErrorID() common.Hash {
	return common.HexToHash("0x60fd2907d4c1b26b1e605d0e22d8649fe03242d9aa47d5716075b2e98ace54e3")
}

// UnpackAlreadyUploadedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyUploaded(uint256 tradeId)
func (broker *Broker) UnpackAlreadyUploadedError(raw []byte) (*BrokerAlreadyUploaded, error) {
	out := new(BrokerAlreadyUploaded)
	if err := broker.abi.UnpackIntoInterface(out, "AlreadyUploaded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerDeadlinePassed represents a DeadlinePassed error raised by the Broker contract.
type BrokerDeadlinePassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func BrokerDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func (broker *Broker) UnpackDeadlinePassedError(raw []byte) (*BrokerDeadlinePassed, error) {
	out := new(BrokerDeadlinePassed)
	if err := broker.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerFeeTooHigh represents a FeeTooHigh error raised by the Broker contract.
type BrokerFeeTooHigh struct {
	FeeBps uint16
	Max    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint16 feeBps, uint16 max)
func BrokerFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x3c057d7beb4fe9a19a13a1a22a6f33cb2fec09d9a38cbb3be52bda9374abe790")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint16 feeBps, uint16 max)
func (broker *Broker) UnpackFeeTooHighError(raw []byte) (*BrokerFeeTooHigh, error) {
	out := new(BrokerFeeTooHigh)
	if err := broker.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerListingInCustody represents a ListingInCustody error raised by the Broker contract.
type BrokerListingInCustody struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInCustody(uint256 listingId)
func BrokerListingInCustodyErrorID() common.Hash {
	return common.HexToHash("0xc7379ae57089f917b56bf1e296fa0f83fbfc3358d8813d9fd6874a5de752d698")
}

// UnpackListingInCustodyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInCustody(uint256 listingId)
func (broker *Broker) UnpackListingInCustodyError(raw []byte) (*BrokerListingInCustody, error) {
	out := new(BrokerListingInCustody)
	if err := broker.abi.UnpackIntoInterface(out, "ListingInCustody", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerListingLocked represents a ListingLocked error raised by the Broker contract.
type BrokerListingLocked struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingLocked(uint256 listingId)
func BrokerListingLockedErrorID() common.Hash {
	return common.HexToHash("0x28e73ecebe49de8b5602b4482bff10dce9c71ed1fe459ea78ce4add73079d0fe")
}

// UnpackListingLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingLocked(uint256 listingId)
func (broker *Broker) UnpackListingLockedError(raw []byte) (*BrokerListingLocked, error) {
	out := new(BrokerListingLocked)
	if err := broker.abi.UnpackIntoInterface(out, "ListingLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerListingNotActive represents a ListingNotActive error raised by the Broker contract.
type BrokerListingNotActive struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotActive(uint256 listingId)
func BrokerListingNotActiveErrorID() common.Hash {
	return common.HexToHash("0x378a93c0bb2ee592d27ee5d8e513137a58521b05588c42722c74b0f518a0143b")
}

// UnpackListingNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotActive(uint256 listingId)
func (broker *Broker) UnpackListingNotActiveError(raw []byte) (*BrokerListingNotActive, error) {
	out := new(BrokerListingNotActive)
	if err := broker.abi.UnpackIntoInterface(out, "ListingNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerMalformedSignature represents a MalformedSignature error raised by the Broker contract.
type BrokerMalformedSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedSignature()
func BrokerMalformedSignatureErrorID() common.Hash {
	return common.HexToHash("0x55a1e16eadce29d71cb136c0493e3881b154dc5303ad068a5a1e01023482b7e2")
}

// UnpackMalformedSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedSignature()
func (broker *Broker) UnpackMalformedSignatureError(raw []byte) (*BrokerMalformedSignature, error) {
	out := new(BrokerMalformedSignature)
	if err := broker.abi.UnpackIntoInterface(out, "MalformedSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNoTokenOwed represents a NoTokenOwed error raised by the Broker contract.
type BrokerNoTokenOwed struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoTokenOwed(uint256 listingId)
func BrokerNoTokenOwedErrorID() common.Hash {
	return common.HexToHash("0xbf130ad259d4be90112482f309a2f205be13c64fbb1708eef20023a06493c7e8")
}

// UnpackNoTokenOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoTokenOwed(uint256 listingId)
func (broker *Broker) UnpackNoTokenOwedError(raw []byte) (*BrokerNoTokenOwed, error) {
	out := new(BrokerNoTokenOwed)
	if err := broker.abi.UnpackIntoInterface(out, "NoTokenOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNoUpload represents a NoUpload error raised by the Broker contract.
type BrokerNoUpload struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUpload(uint256 tradeId)
func BrokerNoUploadErrorID() common.Hash {
	return common.HexToHash("0x2d84de64ddeea9fc0ed3a3d09181dda38a336ec1414e85bf15cd56bd31377f30")
}

// UnpackNoUploadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUpload(uint256 tradeId)
func (broker *Broker) UnpackNoUploadError(raw []byte) (*BrokerNoUpload, error) {
	out := new(BrokerNoUpload)
	if err := broker.abi.UnpackIntoInterface(out, "NoUpload", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNotBuyer represents a NotBuyer error raised by the Broker contract.
type BrokerNotBuyer struct {
	TradeId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer(uint256 tradeId, address caller)
func BrokerNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x8f1e0b3a83b87f9ff020bcf274ca25fb5eb050d1253e64bd5088cee33d78dbd6")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer(uint256 tradeId, address caller)
func (broker *Broker) UnpackNotBuyerError(raw []byte) (*BrokerNotBuyer, error) {
	out := new(BrokerNotBuyer)
	if err := broker.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNotDue represents a NotDue error raised by the Broker contract.
type BrokerNotDue struct {
	Id    *big.Int
	DueAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDue(uint256 id, uint64 dueAt)
func BrokerNotDueErrorID() common.Hash {
	return common.HexToHash("0x5d831adf8baa35ad7039839556964b015cd3af43020394cf2d3097c2498639ae")
}

// UnpackNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDue(uint256 id, uint64 dueAt)
func (broker *Broker) UnpackNotDueError(raw []byte) (*BrokerNotDue, error) {
	out := new(BrokerNotDue)
	if err := broker.abi.UnpackIntoInterface(out, "NotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNotListingOwner represents a NotListingOwner error raised by the Broker contract.
type BrokerNotListingOwner struct {
	ListingId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func BrokerNotListingOwnerErrorID() common.Hash {
	return common.HexToHash("0x1531fa6afd32d96f38e78e79e7d3042df7339474692990c34e490d260cb5cfec")
}

// UnpackNotListingOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func (broker *Broker) UnpackNotListingOwnerError(raw []byte) (*BrokerNotListingOwner, error) {
	out := new(BrokerNotListingOwner)
	if err := broker.abi.UnpackIntoInterface(out, "NotListingOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNotOffered represents a NotOffered error raised by the Broker contract.
type BrokerNotOffered struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOffered(uint256 listingId)
func BrokerNotOfferedErrorID() common.Hash {
	return common.HexToHash("0x1c1e71e7855931d784f5e0f4f5fe822324511d5ed02e73cd019623d1407353c1")
}

// UnpackNotOfferedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOffered(uint256 listingId)
func (broker *Broker) UnpackNotOfferedError(raw []byte) (*BrokerNotOffered, error) {
	out := new(BrokerNotOffered)
	if err := broker.abi.UnpackIntoInterface(out, "NotOffered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNotPlatform represents a NotPlatform error raised by the Broker contract.
type BrokerNotPlatform struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPlatform(address caller)
func BrokerNotPlatformErrorID() common.Hash {
	return common.HexToHash("0x967a6ee9efa41d3fa1a62073b21894adc8dc72d2d4c339180116b9d3397bea38")
}

// UnpackNotPlatformError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPlatform(address caller)
func (broker *Broker) UnpackNotPlatformError(raw []byte) (*BrokerNotPlatform, error) {
	out := new(BrokerNotPlatform)
	if err := broker.abi.UnpackIntoInterface(out, "NotPlatform", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerNothingToWithdraw represents a NothingToWithdraw error raised by the Broker contract.
type BrokerNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func BrokerNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (broker *Broker) UnpackNothingToWithdrawError(raw []byte) (*BrokerNothingToWithdraw, error) {
	out := new(BrokerNothingToWithdraw)
	if err := broker.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerPackageIsClosed represents a PackageIsClosed error raised by the Broker contract.
type BrokerPackageIsClosed struct {
	PackageId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PackageIsClosed(uint256 packageId)
func BrokerPackageIsClosedErrorID() common.Hash {
	return common.HexToHash("0x218a79bda89dbb73ec27a4899f4b83fc22dad4747e5f0ae370399ddbbc312864")
}

// UnpackPackageIsClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PackageIsClosed(uint256 packageId)
func (broker *Broker) UnpackPackageIsClosedError(raw []byte) (*BrokerPackageIsClosed, error) {
	out := new(BrokerPackageIsClosed)
	if err := broker.abi.UnpackIntoInterface(out, "PackageIsClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerQueriesExhausted represents a QueriesExhausted error raised by the Broker contract.
type BrokerQueriesExhausted struct {
	PackageId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueriesExhausted(uint256 packageId)
func BrokerQueriesExhaustedErrorID() common.Hash {
	return common.HexToHash("0xea8501ab2cc273791623110b62abc25102838d2a918e2d08c695cb9922c23d13")
}

// UnpackQueriesExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueriesExhausted(uint256 packageId)
func (broker *Broker) UnpackQueriesExhaustedError(raw []byte) (*BrokerQueriesExhausted, error) {
	out := new(BrokerQueriesExhausted)
	if err := broker.abi.UnpackIntoInterface(out, "QueriesExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerQueriesNotOffered represents a QueriesNotOffered error raised by the Broker contract.
type BrokerQueriesNotOffered struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueriesNotOffered(uint256 listingId)
func BrokerQueriesNotOfferedErrorID() common.Hash {
	return common.HexToHash("0x9f81b3f5658f14bf2b3c6a669582c38bc7e942f5ddb2d3689cd8fd851a9176ea")
}

// UnpackQueriesNotOfferedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueriesNotOffered(uint256 listingId)
func (broker *Broker) UnpackQueriesNotOfferedError(raw []byte) (*BrokerQueriesNotOffered, error) {
	out := new(BrokerQueriesNotOffered)
	if err := broker.abi.UnpackIntoInterface(out, "QueriesNotOffered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Broker contract.
type BrokerReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func BrokerReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (broker *Broker) UnpackReentrancyGuardReentrantCallError(raw []byte) (*BrokerReentrancyGuardReentrantCall, error) {
	out := new(BrokerReentrancyGuardReentrantCall)
	if err := broker.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerSelfDealing represents a SelfDealing error raised by the Broker contract.
type BrokerSelfDealing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfDealing()
func BrokerSelfDealingErrorID() common.Hash {
	return common.HexToHash("0x74ca9bd821416f24e77e309d935bfb4395c5cbe81acc7795a96771876e42692f")
}

// UnpackSelfDealingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfDealing()
func (broker *Broker) UnpackSelfDealingError(raw []byte) (*BrokerSelfDealing, error) {
	out := new(BrokerSelfDealing)
	if err := broker.abi.UnpackIntoInterface(out, "SelfDealing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerTokenNotApproved represents a TokenNotApproved error raised by the Broker contract.
type BrokerTokenNotApproved struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotApproved(uint256 listingId)
func BrokerTokenNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x6168d7f6d78c34e3c5f01a8f7e99cfc1eceb907baed7a5e568389f49cb15edc2")
}

// UnpackTokenNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotApproved(uint256 listingId)
func (broker *Broker) UnpackTokenNotApprovedError(raw []byte) (*BrokerTokenNotApproved, error) {
	out := new(BrokerTokenNotApproved)
	if err := broker.abi.UnpackIntoInterface(out, "TokenNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerTransferFailed represents a TransferFailed error raised by the Broker contract.
type BrokerTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func BrokerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (broker *Broker) UnpackTransferFailedError(raw []byte) (*BrokerTransferFailed, error) {
	out := new(BrokerTransferFailed)
	if err := broker.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerUnknownPackage represents a UnknownPackage error raised by the Broker contract.
type BrokerUnknownPackage struct {
	PackageId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPackage(uint256 packageId)
func BrokerUnknownPackageErrorID() common.Hash {
	return common.HexToHash("0x751eae7f224fad5061227e99260feacc4ed200f14595990b476627c1272453e8")
}

// UnpackUnknownPackageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPackage(uint256 packageId)
func (broker *Broker) UnpackUnknownPackageError(raw []byte) (*BrokerUnknownPackage, error) {
	out := new(BrokerUnknownPackage)
	if err := broker.abi.UnpackIntoInterface(out, "UnknownPackage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerUnknownTrade represents a UnknownTrade error raised by the Broker contract.
type BrokerUnknownTrade struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTrade(uint256 tradeId)
func BrokerUnknownTradeErrorID() common.Hash {
	return common.HexToHash("0x4bc5e355817fda520456cf754446b7a28337085a826822795b343bb99eeea62e")
}

// UnpackUnknownTradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTrade(uint256 tradeId)
func (broker *Broker) UnpackUnknownTradeError(raw []byte) (*BrokerUnknownTrade, error) {
	out := new(BrokerUnknownTrade)
	if err := broker.abi.UnpackIntoInterface(out, "UnknownTrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerWrongSequence represents a WrongSequence error raised by the Broker contract.
type BrokerWrongSequence struct {
	PackageId *big.Int
	Got       uint32
	Want      uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSequence(uint256 packageId, uint32 got, uint32 want)
func BrokerWrongSequenceErrorID() common.Hash {
	return common.HexToHash("0x1e225431b6703ba722dedfc677c7143b8e5b1091c0bcb9349d0f8916bdc5de20")
}

// UnpackWrongSequenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSequence(uint256 packageId, uint32 got, uint32 want)
func (broker *Broker) UnpackWrongSequenceError(raw []byte) (*BrokerWrongSequence, error) {
	out := new(BrokerWrongSequence)
	if err := broker.abi.UnpackIntoInterface(out, "WrongSequence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerWrongSigner represents a WrongSigner error raised by the Broker contract.
type BrokerWrongSigner struct {
	Got  common.Address
	Want common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSigner(address got, address want)
func BrokerWrongSignerErrorID() common.Hash {
	return common.HexToHash("0x366d29f7de543b1e5962d6f7315450f1f5ec3d853d28dca80282b4c242185268")
}

// UnpackWrongSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSigner(address got, address want)
func (broker *Broker) UnpackWrongSignerError(raw []byte) (*BrokerWrongSigner, error) {
	out := new(BrokerWrongSigner)
	if err := broker.abi.UnpackIntoInterface(out, "WrongSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerWrongState represents a WrongState error raised by the Broker contract.
type BrokerWrongState struct {
	TradeId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 tradeId, uint8 state)
func BrokerWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 tradeId, uint8 state)
func (broker *Broker) UnpackWrongStateError(raw []byte) (*BrokerWrongState, error) {
	out := new(BrokerWrongState)
	if err := broker.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerWrongValue represents a WrongValue error raised by the Broker contract.
type BrokerWrongValue struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongValue(uint256 got, uint256 want)
func BrokerWrongValueErrorID() common.Hash {
	return common.HexToHash("0x195a3ca12ac3744ef64727effb118b3b203c382e49c7a7d24d450eae5e3b889a")
}

// UnpackWrongValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongValue(uint256 got, uint256 want)
func (broker *Broker) UnpackWrongValueError(raw []byte) (*BrokerWrongValue, error) {
	out := new(BrokerWrongValue)
	if err := broker.abi.UnpackIntoInterface(out, "WrongValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerZeroAddress represents a ZeroAddress error raised by the Broker contract.
type BrokerZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BrokerZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (broker *Broker) UnpackZeroAddressError(raw []byte) (*BrokerZeroAddress, error) {
	out := new(BrokerZeroAddress)
	if err := broker.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerZeroCount represents a ZeroCount error raised by the Broker contract.
type BrokerZeroCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCount()
func BrokerZeroCountErrorID() common.Hash {
	return common.HexToHash("0x047b9cec27e5c906da78fac5d699c603aead79e2797204797b626d2d70e203c2")
}

// UnpackZeroCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCount()
func (broker *Broker) UnpackZeroCountError(raw []byte) (*BrokerZeroCount, error) {
	out := new(BrokerZeroCount)
	if err := broker.abi.UnpackIntoInterface(out, "ZeroCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerZeroHash represents a ZeroHash error raised by the Broker contract.
type BrokerZeroHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHash()
func BrokerZeroHashErrorID() common.Hash {
	return common.HexToHash("0xf1ae58d53750b958ce0ecfcfb8703282d23f4108c501df126d4c9e83b187c78e")
}

// UnpackZeroHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHash()
func (broker *Broker) UnpackZeroHashError(raw []byte) (*BrokerZeroHash, error) {
	out := new(BrokerZeroHash)
	if err := broker.abi.UnpackIntoInterface(out, "ZeroHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BrokerZeroWindow represents a ZeroWindow error raised by the Broker contract.
type BrokerZeroWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroWindow()
func BrokerZeroWindowErrorID() common.Hash {
	return common.HexToHash("0x4acbbb65735ebcb75e546edde022e21caf0dc1d70da374d006de6ea05b2b92cf")
}

// UnpackZeroWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroWindow()
func (broker *Broker) UnpackZeroWindowError(raw []byte) (*BrokerZeroWindow, error) {
	out := new(BrokerZeroWindow)
	if err := broker.abi.UnpackIntoInterface(out, "ZeroWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}
