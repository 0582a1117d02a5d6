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

// JobsJob is an auto generated low-level Go binding around an user-defined struct.
type JobsJob struct {
	Buyer               common.Address
	AlgorithmHash       [32]byte
	DataRoot            [32]byte
	CreatedAt           uint64
	Deadline            uint64
	MaxOutput           uint64
	MaxCost             uint64
	Quorum              uint32
	State               uint8
	RewardPerNode       *big.Int
	PriceTotal          *big.Int
	BuyerKey            []byte
	AgreedResultHash    [32]byte
	AgreedSize          uint64
	AgreedCost          *big.Int
	AgreedResultCidHash [32]byte
	MaxSubmittedSize    uint64
	Submissions         uint32
}

// JobsJobListing is an auto generated low-level Go binding around an user-defined struct.
type JobsJobListing struct {
	ListingId *big.Int
	Seller    common.Address
	Price     *big.Int
	Root      [32]byte
}

// JobsJobNode is an auto generated low-level Go binding around an user-defined struct.
type JobsJobNode struct {
	NodeId        *big.Int
	Operator      common.Address
	Signer        common.Address
	Measurement   [32]byte
	Accepted      bool
	Submitted     bool
	Paid          bool
	ResultHash    [32]byte
	Size          uint64
	Cost          *big.Int
	ResultCidHash [32]byte
	ResultCid     string
}

// JobsJobResult is an auto generated low-level Go binding around an user-defined struct.
type JobsJobResult struct {
	JobId         *big.Int
	NodeId        *big.Int
	AlgorithmHash [32]byte
	DataRoot      [32]byte
	ResultHash    [32]byte
	Size          *big.Int
	Cost          *big.Int
	ResultCidHash [32]byte
}

// JobsNode is an auto generated low-level Go binding around an user-defined struct.
type JobsNode struct {
	Operator    common.Address
	Signer      common.Address
	Measurement [32]byte
	Endpoint    string
	EvidenceCid string
	Active      bool
}

// JobsPolicy is an auto generated low-level Go binding around an user-defined struct.
type JobsPolicy struct {
	Owner                common.Address
	ComputeAllowed       bool
	PublicOnly           bool
	MinNodes             uint32
	MaxOutputPerJob      uint64
	OutputBudget         uint64
	TotalOutputBudget    uint64
	TotalUsed            uint64
	PricePerJob          *big.Int
	AcceptedMeasurements [][32]byte
}

// JobsPolicyParams is an auto generated low-level Go binding around an user-defined struct.
type JobsPolicyParams struct {
	ComputeAllowed       bool
	PublicOnly           bool
	MinNodes             uint32
	MaxOutputPerJob      uint64
	OutputBudget         uint64
	TotalOutputBudget    uint64
	PricePerJob          *big.Int
	AcceptedMeasurements [][32]byte
}

// JobsStats is an auto generated low-level Go binding around an user-defined struct.
type JobsStats struct {
	Count uint64
	Sum   uint64
}

// JobsMetaData contains all meta data concerning the Jobs contract.
var JobsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"contractExchangeRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"}],\"name\":\"AlgorithmNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"AlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"AlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadListingCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadNodeCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"quorum\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"nodes\",\"type\":\"uint256\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"CidMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ComputeNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maxCost\",\"type\":\"uint64\"}],\"name\":\"CostAboveBudget\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"DeadlineTooFar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"DuplicateListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"DuplicateNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBuyerKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"}],\"name\":\"InvalidRating\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobAlreadyReviewed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"JobNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"JobPastDeadline\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"NoOpenSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"NodeInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"NodeMeasurementRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"NodeNotInJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotListingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotNodeOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maxOutput\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxOutputPerJob\",\"type\":\"uint64\"}],\"name\":\"OutputAboveJobMax\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"used\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wanted\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"}],\"name\":\"OutputBudgetExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maxOutput\",\"type\":\"uint64\"}],\"name\":\"OutputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"policyOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PolicyStale\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodes\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"minNodes\",\"type\":\"uint32\"}],\"name\":\"TooFewNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyMeasurements\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"used\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wanted\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"}],\"name\":\"TotalBudgetExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"UnknownNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"WrongAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongJobState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"WrongSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAlgorithm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxCost\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinNodes\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"}],\"name\":\"AlgorithmAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"}],\"name\":\"AlgorithmDisallowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"perListing\",\"type\":\"uint64\"}],\"name\":\"BudgetReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"JobAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"listingIds\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"nodeIds\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxOutput\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxCost\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"buyerKey\",\"type\":\"bytes\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"listingIds\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"nodeIds\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPerNode\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxOutput\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"buyerKey\",\"type\":\"bytes\"}],\"name\":\"JobDemand\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"sellerRating\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"nodeRating\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"commentCid\",\"type\":\"string\"}],\"name\":\"JobReviewed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"agreeing\",\"type\":\"uint32\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"NodeDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"}],\"name\":\"NodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"computeAllowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"publicOnly\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minNodes\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxOutputPerJob\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"outputBudget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"totalOutputBudget\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerJob\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"acceptedMeasurements\",\"type\":\"bytes32[]\"}],\"name\":\"PolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultCidHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"JOB_RESULT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DURATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LISTINGS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MEASUREMENTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NAME\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"acceptJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"}],\"name\":\"allowAlgorithm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"listingIds\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"nodeIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"quorum\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"rewardPerNode\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"buyerKey\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"maxOutput\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCost\",\"type\":\"uint64\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"deregisterNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"}],\"name\":\"disallowAlgorithm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxOutput\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCost\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"quorum\",\"type\":\"uint32\"},{\"internalType\":\"enumJobs.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"rewardPerNode\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"priceTotal\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"buyerKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"agreedResultHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"agreedSize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"agreedCost\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"agreedResultCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxSubmittedSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"submissions\",\"type\":\"uint32\"}],\"internalType\":\"structJobs.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJobListings\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"internalType\":\"structJobs.JobListing[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJobNodes\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"submitted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"internalType\":\"structJobs.JobNode[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"getNode\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structJobs.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"getPolicy\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"computeAllowed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"publicOnly\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"minNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxOutputPerJob\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"outputBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"totalOutputBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"totalUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerJob\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"acceptedMeasurements\",\"type\":\"bytes32[]\"}],\"internalType\":\"structJobs.Policy\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultCidHash\",\"type\":\"bytes32\"}],\"internalType\":\"structJobs.JobResult\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"hashJobResult\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"}],\"name\":\"isAlgorithmAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"algorithmHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultCidHash\",\"type\":\"bytes32\"}],\"internalType\":\"structJobs.JobResult\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"jobResultDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"nodeStats\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"}],\"internalType\":\"structJobs.Stats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"outputUsed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"}],\"name\":\"registerNode\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractExchangeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"sellerRating\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"nodeRating\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"commentCid\",\"type\":\"string\"}],\"name\":\"review\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"reviewed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"salt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"sellerStats\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"}],\"internalType\":\"structJobs.Stats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bool\",\"name\":\"computeAllowed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"publicOnly\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"minNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxOutputPerJob\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"outputBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"totalOutputBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"pricePerJob\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"acceptedMeasurements\",\"type\":\"bytes32[]\"}],\"internalType\":\"structJobs.PolicyParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultCidHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"}],\"name\":\"updateNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Jobs",
	Bin: "0x610120604052348015610010575f5ffd5b50604051615a96380380615a9683398101604081905261002f9161014b565b60015f556001600160a01b03808416608052821660a05260c08190524660e052610127604080518082018252600981526864617461747261646560b81b6020918201528151808301835260018152603160f81b9082015260c0805183517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac56472818501527f45cd6c2dca73f75e651c87a7eb5e8d34d17a38710bc34b350b04a909bb74c9fc818601527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a0820152808301919091528351808203909201825260e001909252815191012090565b610100525061018b915050565b6001600160a01b0381168114610148575f5ffd5b50565b5f5f5f6060848603121561015d575f5ffd5b835161016881610134565b602085015190935061017981610134565b80925050604084015190509250925092565b60805160a05160c05160e051610100516158966102005f395f6122ea01525f6122c201525f81816106e501526123c101525f81816103c1015281816124e1015261283c01525f818161042b01528181611d7a01528181612bf901528181612c8d0152818161313f01526131f201526158965ff3fe60806040526004361061023e575f3560e01c8063aa0c7e3111610134578063c8485e50116100b3578063dd2cb45511610078578063dd2cb455146107d1578063e5b0117a146107f0578063f43cc7731461085e578063f5e6a8e914610873578063f698da2514610892578063ffa1ad74146108a6575f5ffd5b8063c8485e5014610707578063d02749a114610733578063d5d44d8014610752578063dca5e84714610786578063dd2c709a146107a5575f5ffd5b8063b71fdde1116100f9578063b71fdde114610638578063b98fb7e81461064b578063bf22c45714610689578063bf81bf43146106b5578063bfa0b133146106d4575f5ffd5b8063aa0c7e31146105af578063b1724b46146105ce578063b5bd3eb9146105e4578063b6a13ebd146105f9578063b6a888b414610618575f5ffd5b80636da49b83116101c057806392883ff51161018557806392883ff51461044d57806395eecbe51461046c57806397b8529f14610480578063a0f87dd0146104e2578063a3f4df7e1461056e575f5ffd5b80636da49b831461039b5780637b103999146103b05780637f511c5f146103fb57806380f556051461041a5780638f16e1cd14610346575f5ffd5b80633705c2ec116102065780633705c2ec146103135780633ccfd60b1461033257806341c01811146103465780634c5d8a0f1461035a5780634f0f4aa91461036f575f5ffd5b80630a3ff40d146102425780631c7ea41b1461026357806320606b70146102955780632b07fce3146102c85780632e9fbb80146102f4575b5f5ffd5b34801561024d575f5ffd5b5061026161025c3660046143e4565b6108d2565b005b34801561026e575f5ffd5b5061028261027d36600461441b565b610c03565b6040519081526020015b60405180910390f35b3480156102a0575f5ffd5b506102827fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647281565b3480156102d3575f5ffd5b506102e76102e2366004614436565b610c48565b60405161028c9190614487565b3480156102ff575f5ffd5b5061026161030e3660046145bd565b610d9c565b34801561031e575f5ffd5b5061028261032d36600461441b565b610e57565b34801561033d575f5ffd5b50610261610e95565b348015610351575f5ffd5b50610282601081565b348015610365575f5ffd5b5061028260025481565b34801561037a575f5ffd5b5061038e610389366004614436565b610fa8565b60405161028c91906146bb565b3480156103a6575f5ffd5b5061028260015481565b3480156103bb575f5ffd5b506103e37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161028c565b348015610406575f5ffd5b50610261610415366004614748565b611150565b348015610425575f5ffd5b506103e37f000000000000000000000000000000000000000000000000000000000000000081565b348015610458575f5ffd5b506102826104673660046147c9565b611504565b348015610477575f5ffd5b50610282600881565b34801561048b575f5ffd5b506104ca61049a366004614852565b5f9182526008602090815260408084206001600160a01b039390931684529190529020546001600160401b031690565b6040516001600160401b03909116815260200161028c565b3480156104ed575f5ffd5b506105476104fc366004614436565b604080518082019091525f8082526020820152505f908152600f60209081526040918290208251808401909352546001600160401b038082168452600160401b909104169082015290565b6040805182516001600160401b03908116825260209384015116928101929092520161028c565b348015610579575f5ffd5b506105a26040518060400160405280600981526020016864617461747261646560b81b81525081565b60405161028c9190614880565b3480156105ba575f5ffd5b506102616105c93660046143e4565b6116c9565b3480156105d9575f5ffd5b5061028262278d0081565b3480156105ef575f5ffd5b5061028260035481565b348015610604575f5ffd5b50610261610613366004614436565b611755565b348015610623575f5ffd5b506102825f5160206158415f395f51905f5281565b6102826106463660046148ee565b6117c4565b348015610656575f5ffd5b50610679610665366004614436565b5f908152600d602052604090205460ff1690565b604051901515815260200161028c565b348015610694575f5ffd5b506106a86106a3366004614436565b611837565b60405161028c9190614a13565b3480156106c0575f5ffd5b506102616106cf366004614436565b611a94565b3480156106df575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b348015610712575f5ffd5b50610726610721366004614436565b611bd3565b60405161028c9190614b74565b34801561073e575f5ffd5b5061067961074d3660046143e4565b611d70565b34801561075d575f5ffd5b5061028261076c366004614cad565b6001600160a01b03165f908152600c602052604090205490565b348015610791575f5ffd5b506102616107a03660046143e4565b611e25565b3480156107b0575f5ffd5b506107c46107bf366004614436565b611e92565b60405161028c9190614cc8565b3480156107dc575f5ffd5b506102616107eb366004614d36565b611f22565b3480156107fb575f5ffd5b5061054761080a366004614cad565b604080518082019091525f8082526020820152506001600160a01b03165f908152600e60209081526040918290208251808401909352546001600160401b038082168452600160401b909104169082015290565b348015610869575f5ffd5b5061028260045481565b34801561087e575f5ffd5b5061026161088d366004614d79565b6121d3565b34801561089d575f5ffd5b506102826122bf565b3480156108b1575f5ffd5b506105a2604051806040016040528060018152602001603160f81b81525081565b5f6108dc83612403565b6003810154909150600160401b90046001600160401b031642111561093757600381015460405163ab0bd69560e01b815260048101859052600160401b9091046001600160401b031660248201526044015b60405180910390fd5b5f6109418361245d565b5f858152600b602052604081209192505f19905b8254811015610a92578583828154811061097157610971614e0b565b905f5260205f2090600a02015f015403610a525782818154811061099757610997614e0b565b5f91825260209091206004600a90920201015460ff16156109d5576040516375bdeb5f60e01b8152600481018890526024810187905260440161092e565b60018382815481106109e9576109e9614e0b565b905f5260205f2090600a02016004015f6101000a81548160ff02191690831515021790555085877f979b71068f16fdb2141d1b040343a6f60a48f89b25f2435b1565644c25e4f75183604051610a4191815260200190565b60405180910390a350505050505050565b828181548110610a6457610a64614e0b565b905f5260205f2090600a02015f01545f148015610a8157505f1982145b15610a8a578091505b600101610955565b505f198103610ab75760405163b0a03dad60e01b81526004810187905260240161092e565b610ac1858461249d565b5f868152600a60205260408120905b8154811015610b4157610b39828281548110610aee57610aee614e0b565b905f5260205f2090600402015f015460065f858581548110610b1257610b12614e0b565b905f5260205f2090600402015f015481526020019081526020015f20898860020154612584565b600101610ad0565b505f838381548110610b5557610b55614e0b565b5f9182526020909120600a909102018781558554600180830180546001600160a01b03199081166001600160a01b039485161790915581890154600280860180549093169190941617905590870154600383015560048201805460ff19169091179055604051909150879089907f979b71068f16fdb2141d1b040343a6f60a48f89b25f2435b1565644c25e4f75190610bf19087815260200190565b60405180910390a35050505050505050565b5f610c425f5160206158415f395f51905f5283604051602001610c27929190614e1f565b604051602081830303815290604052805190602001206125f4565b92915050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e082018390526101008201929092526101208101919091525f8281526006602090815260409182902082516101408101845281546001600160a01b038116825260ff600160a01b82048116151583860152600160a81b82041615158286015263ffffffff600160b01b90910416606082015260018201546001600160401b038082166080840152600160401b8204811660a0840152600160801b8204811660c0840152600160c01b9091041660e08201526002820154610100820152600382018054855181860281018601909652808652919492936101208601939290830182828015610d8c57602002820191905f5260205f20905b815481526020019060010190808311610d78575b5050505050815250509050919050565b610da4612620565b5f610dae8b612403565b9050610df06040518061010001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b8b8152602081018b90526001820154604082015260028201546060820152608081018a90526001600160401b03891660a082015260c0810188905260e08101879052610e40828288888888612648565b5050610e4b60015f55565b50505050505050505050565b5f5f5160206158415f395f51905f5282604051602001610e78929190614e1f565b604051602081830303815290604052805190602001209050919050565b610e9d612620565b335f908152600c602052604081205490819003610ecf57604051636385746f60e01b815233600482015260240161092e565b335f908152600c6020526040812081905560038054839290610ef2908490614e98565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610f6b576040519150601f19603f3d011682016040523d82523d5f602084013e610f70565b606091505b5050905080610f9b57604051630e21dcbb60e11b81523360048201526024810183905260440161092e565b5050610fa660015f55565b565b6040805160c0810182525f808252602082018190529181018290526060808201819052608082015260a0810191909152610fe182612b53565b6040805160c08101825282546001600160a01b039081168252600184015416602082015260028301549181019190915260038201805491929160608401919061102990614eab565b80601f016020809104026020016040519081016040528092919081815260200182805461105590614eab565b80156110a05780601f10611077576101008083540402835291602001916110a0565b820191905f5260205f20905b81548152906001019060200180831161108357829003601f168201915b505050505081526020016004820180546110b990614eab565b80601f01602080910402602001604051908101604052809291908181526020018280546110e590614eab565b80156111305780601f1061110757610100808354040283529160200191611130565b820191905f5260205f20905b81548152906001019060200180831161111357829003601f168201915b50505091835250506005919091015460ff16151560209091015292915050565b60018460ff161080611165575060058460ff16115b15611188576040516377f73f8960e01b815260ff8516600482015260240161092e565b60018360ff16108061119d575060058360ff16115b156111c0576040516377f73f8960e01b815260ff8416600482015260240161092e565b5f6111ca86612b94565b80549091506001600160a01b03163314611200576040516368addf7b60e11b81526004810187905233602482015260440161092e565b60026004820154600160201b900460ff166003811115611222576112226149df565b1461126e5760048101548690600160201b900460ff166003811115611249576112496149df565b60405163776ef37760e01b8152600481019290925260ff16602482015260440161092e565b5f868152600d602052604090205460ff16156112a05760405163e4cb6e8160e01b81526004810187905260240161092e565b5f868152600d60209081526040808320805460ff19166001179055600a9091528120905b81548110156113a9575f600e5f8484815481106112e3576112e3614e0b565b5f918252602080832060016004909302018201546001600160a01b0316845283019390935260409091018120805490935083919061132b9084906001600160401b0316614edd565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508760ff16815f0160088282829054906101000a90046001600160401b03166113779190614edd565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505080806001019150506112c4565b505f878152600b60205260408120905b81548110156114c3578181815481106113d4576113d4614e0b565b905f5260205f2090600a020160040160029054906101000a900460ff16156114bb575f600f5f84848154811061140c5761140c614e0b565b5f9182526020808320600a9092029091015483528201929092526040018120805490925060019183916114499084906001600160401b0316614edd565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508760ff16815f0160088282829054906101000a90046001600160401b03166114959190614edd565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550505b6001016113b9565b50336001600160a01b0316887fa61dc0ab9e3b274961687000bb8ab2917cc9d13db61d9614acf4b656925897cc89898989604051610bf19493929190614f24565b5f6001600160a01b03871661152c5760405163d92e233d60e01b815260040160405180910390fd5b60015f815461153a90614f53565b91905081905590506040518060c00160405280336001600160a01b03168152602001886001600160a01b0316815260200187815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8701819004810282018101909252858152918101919086908690819084018382808284375f92018290525093855250506001602093840181905285835260058452604092839020855181546001600160a01b03199081166001600160a01b03928316178355958701519282018054909616921691909117909355508201516002820155606082015160038201906116489082614fcb565b506080820151600482019061165d9082614fcb565b5060a091909101516005909101805460ff1916911515919091179055604051339082907fdd2f880e966e82ad6d291f1a81254069f4f5d36e995fcb33d6897f12766f1814906116b7908b908b908b908b908b908b90615085565b60405180910390a39695505050505050565b6116d282612be3565b806116f05760405163768c94f360e11b815260040160405180910390fd5b600160075f611700853386612d26565b81526020019081526020015f205f6101000a81548160ff02191690831515021790555080827f074c35aa7bf9031e69a7effa7be7cf8f061367a78066f97f7abd87622c1580cd60405160405180910390a35050565b5f61175f8261245d565b600581015490915060ff1661178a576040516322f1095d60e21b81526004810183905260240161092e565b60058101805460ff1916905560405182907f579d91fc6990369b112c35ff834a8f5a3c247f415752eab3503ed63a297e6203905f90a25050565b5f6117cd612620565b6117dc8c8a8a8e88888c612d66565b6117ec8b89898989898989612f29565b90506117fa818e8e8c61303c565b611807818e8e8d8d6134da565b611811818a613649565b61181e818e8e8d8d6136bf565b61182760015f55565b9c9b505050505050505050505050565b6118d560408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290529061010082019081526020015f81526020015f8152602001606081526020015f81526020015f6001600160401b031681526020015f81526020015f81526020015f6001600160401b031681526020015f63ffffffff1681525090565b6118de82612b94565b604080516102408101825282546001600160a01b03168152600183015460208201526002830154918101919091526003808301546001600160401b038082166060850152600160401b820481166080850152600160801b8204811660a0850152600160c01b9091041660c0830152600483015463ffffffff811660e0840152919291610100840191600160201b90910460ff1690811115611981576119816149df565b6003811115611992576119926149df565b815260200160058201548152602001600682015481526020016007820180546119ba90614eab565b80601f01602080910402602001604051908101604052809291908181526020018280546119e690614eab565b8015611a315780601f10611a0857610100808354040283529160200191611a31565b820191905f5260205f20905b815481529060010190602001808311611a1457829003601f168201915b50505091835250506008820154602082015260098201546001600160401b039081166040830152600a8301546060830152600b8301546080830152600c9092015491821660a0820152600160401b90910463ffffffff1660c09091015292915050565b611a9c612620565b5f611aa682612403565b6003810154909150600160401b90046001600160401b03164211611afb57600381015460405163add49dfb60e01b815260048101849052600160401b9091046001600160401b0316602482015260440161092e565b60048101805464ff0000000019166403000000001790555f828152600b60205260408120546005830154611b2f91906150cc565b8260060154611b3e91906150e3565b600c8301546003840154919250611b74918591611b6f916001600160401b0391821691600160801b909104166150f6565b613a58565b8154611b8b9084906001600160a01b031683613bcb565b827f021b0da21b6351fccda44563abe519da6dcc4199c7aa05f82ac99d6b505546c682604051611bbd91815260200190565b60405180910390a25050611bd060015f55565b50565b6060611bde82612b94565b505f828152600b6020908152604080832080548251818502810185019093528083529193909284015b82821015611d65575f8481526020908190206040805161018081018252600a86029092018054835260018101546001600160a01b039081169484019490945260028101549093169082015260038201546060820152600482015460ff808216151560808401526101008083048216151560a08501526201000090920416151560c0830152600583015460e083015260068301546001600160401b0316908201526007820154610120820152600882015461014082015260098201805491929161016084019190611cd690614eab565b80601f0160208091040260200160405190810160405280929190818152602001828054611d0290614eab565b8015611d4d5780601f10611d2457610100808354040283529160200191611d4d565b820191905f5260205f20905b815481529060010190602001808311611d3057829003601f168201915b50505050508152505081526020019060010190611c07565b505050509050919050565b5f60075f611e0b857f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e886040518263ffffffff1660e01b8152600401611dc691815260200190565b602060405180830381865afa158015611de1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e059190615115565b86612d26565b815260208101919091526040015f205460ff169392505050565b611e2e82612be3565b5f60075f611e3d853386612d26565b81526020019081526020015f205f6101000a81548160ff02191690831515021790555080827fea1d3e6b093e30d6d453fc10ef904ea79a253c363257b6451426e5560b2774ff60405160405180910390a35050565b6060611e9d82612b94565b505f828152600a6020908152604080832080548251818502810185019093528083529193909284015b82821015611d65575f8481526020908190206040805160808101825260048602909201805483526001808201546001600160a01b0316848601526002820154928401929092526003015460608301529083529092019101611ec6565b611f2b82612be3565b6010611f3a60e0830183615130565b90501115611f7557611f4f60e0820182615130565b60405163519d7a4160e01b815261092e9250601090600401918252602082015260400190565b611f856060820160408301615175565b63ffffffff165f03611faa5760405163b958fb4f60e01b815260040160405180910390fd5b5f82815260066020908152604090912080546001600160a01b0319163317815590611fd79083018361519d565b8154901515600160a01b0260ff60a01b19909116178155611ffe604083016020840161519d565b8154901515600160a81b0260ff60a81b199091161781556120256060830160408401615175565b815463ffffffff91909116600160b01b0263ffffffff60b01b1990911617815561205560808301606084016151b8565b60018201805467ffffffffffffffff19166001600160401b039290921691909117905561208860a08301608084016151b8565b6001820180546001600160401b0392909216600160401b026fffffffffffffffff0000000000000000199092169190911790556120cb60c0830160a084016151b8565b6001820180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905560c0820135600282015561211060e0830183615130565b61211e916003840191614387565b5033837f3256875cc235be9647f3abea961289db13abf4870fdcd319e3faaee93809e84061214f602086018661519d565b61215f604087016020880161519d565b61216f6060880160408901615175565b61217f6080890160608a016151b8565b61218f60a08a0160808b016151b8565b61219f60c08b0160a08c016151b8565b60c08b01356121b160e08d018d615130565b6040516121c699989796959493929190615203565b60405180910390a3505050565b5f6121dd8861245d565b600581015490915060ff16612208576040516322f1095d60e21b81526004810189905260240161092e565b6001600160a01b03871661222f5760405163d92e233d60e01b815260040160405180910390fd5b6001810180546001600160a01b0319166001600160a01b0389161790556002810186905560038101612262858783615276565b5060048101612272838583615276565b50877f29577041af8098be9a19b5beefde3062ddb0ba50b4c194f15d306e8471f7c7dc8888888888886040516122ad96959493929190615085565b60405180910390a25050505050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000460361230c57507f000000000000000000000000000000000000000000000000000000000000000090565b50604080518082018252600981526864617461747261646560b81b6020918201528151808301835260018152603160f81b9082015281517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac56472818301527f45cd6c2dca73f75e651c87a7eb5e8d34d17a38710bc34b350b04a909bb74c9fc818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c0808301919091528351808303909101815260e0909101909252815191012090565b5f61240d82612b94565b905060016004820154600160201b900460ff166003811115612431576124316149df565b146124585760048101548290600160201b900460ff166003811115611249576112496149df565b919050565b5f61246782612b53565b80549091506001600160a01b031633146124585760405163184ea66760e01b81526004810183905233602482015260440161092e565b600581015460ff166124c5576040516322f1095d60e21b81526004810183905260240161092e565b6002810154604051634294857f60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634294857f90602401602060405180830381865afa15801561252e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612552919061533a565b15612580576002810154604051635e0d35b560e11b815261092e918491600401918252602082015260400190565b5050565b600383015f5b81548110156125c357828282815481106125a6576125a6614e0b565b905f5260205f200154036125bb5750506125ee565b60010161258a565b506040516301c1a34160e41b815260048101869052602481018490526044810183905260640161092e565b50505050565b5f610c426126006122bf565b8360405161190160f01b8152600281019290925260228201526042902090565b60025f540361264257604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b84516003870154600160401b90046001600160401b031642111561269d57600387015460405163ab0bd69560e01b815260048101839052600160401b9091046001600160401b0316602482015260440161092e565b85602001515f036126ca5760405163cd269b7760e01b8152600481018290525f602482015260440161092e565b5f6126d9828860200151613c6e565b6004810154909150610100900460ff1615612717576020870151604051630a8885a360e31b815261092e918491600401918252602082015260400190565b600388015460a0880151600160801b9091046001600160401b031610156127745760a087015160038901546040516355623cb760e11b81526004810192909252600160801b90046001600160401b0316602482015260440161092e565b600388015460c0880151600160c01b9091046001600160401b031610156127d15760c087015160038901546040516303eb3f5560e41b81526004810192909252600160c01b90046001600160401b0316602482015260440161092e565b5f84846040516127e2929190615355565b604051809103902090508760e0015181146128205760e088015160405163925c449160e01b815260048101919091526024810182905260440161092e565b6003820154604051634294857f60e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634294857f90602401602060405180830381865afa158015612889573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128ad919061533a565b156128de5760208801516003830154604051635e0d35b560e11b81526004810192909252602482015260440161092e565b61297661295f5f5160206158415f395f51905f528a604051602001610c279291905f6101208201905083825282516020830152602083015160408301526040830151606083015260608301516080830152608083015160a083015260a083015160c083015260c083015160e083015260e08301516101008301529392505050565b6002840154899089906001600160a01b0316613d00565b60048201805461ff0019166101001790556080880151600583015560a08801516006830180546001600160401b0390921667ffffffffffffffff1990921691909117905560c0880151600783015560e08801516008830155600982016129dd858783615276565b50600189600c0160088282829054906101000a900463ffffffff16612a029190615364565b825463ffffffff9182166101009390930a928302919092021990911617905550600c89015460068301546001600160401b0391821691161115612a67576006820154600c8a01805467ffffffffffffffff19166001600160401b039092169190911790555b60208801516080890151600684015460c08b015160e08c015160405188947f251239164cb0d69e4594c1d0d73360d6242afd8c94467b1c693291417aa2b3ce94612ac29491936001600160401b03909116928d908d90615380565b60405180910390a35f838152600b60205260408120815b8154811015612b2457612b09828281548110612af757612af7614e0b565b905f5260205f2090600a020186613dc5565b15612b1c5782612b18816153c0565b9350505b600101612ad9565b5060048b015463ffffffff90811690831610612b4657612b46858c8685613e21565b5050505050505050505050565b5f811580612b62575060015482115b15612b835760405163809cf7b960e01b81526004810183905260240161092e565b505f90815260056020526040902090565b5f818152600960205260408120906004820154600160201b900460ff166003811115612bc257612bc26149df565b0361245857604051630510aa5f60e41b81526004810183905260240161092e565b60405163083d13a560e11b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063107a274a906024015f60405180830381865afa158015612c45573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612c6c9190810190615533565b506040516331a9108f60e11b81526004810182905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015612cd2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612cf69190615115565b6001600160a01b031614611bd057604051630a98fd3560e11b81526004810182905233602482015260440161092e565b604080516020808201959095526001600160a01b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b861580612d735750600887115b15612d9b5760405163c1eae56360e01b8152600481018890526008602482015260440161092e565b851580612da85750601086115b15612dd05760405163a2f4ab6760e01b8152600481018790526010602482015260440161092e565b63ffffffff85161580612de85750858563ffffffff16115b80612e03575085612e0063ffffffff871660026150cc565b11155b15612e3057604051631e5be0a760e11b815263ffffffff861660048201526024810187905260440161092e565b83612e4e5760405163768c94f360e11b815260040160405180910390fd5b825f03612e6e57604051633882e5d560e21b815260040160405180910390fd5b816001600160401b03165f03612e9757604051639487d93560e01b815260040160405180910390fd5b42816001600160401b031611612ecb5760405163211baed760e01b81526001600160401b038216600482015260240161092e565b612ed862278d00426150e3565b816001600160401b03161115612f205780612ef662278d00426150e3565b6040516309b2bcf360e11b81526001600160401b039092166004830152602482015260440161092e565b50505050505050565b5f816001600160401b03165f03612f5357604051633097b87760e01b815260040160405180910390fd5b60025f8154612f6190614f53565b91829055505f8181526009602052604090208054336001600160a01b0319909116178155600181018b9055600381018054426001600160401b039081166fffffffffffffffffffffffffffffffff1990921691909117600160401b8b831602176fffffffffffffffffffffffffffffffff16600160801b888316026001600160c01b031617600160c01b9187169190910217905560048101805463ffffffff8c1664ffffffffff1990911617600160201b179055600581018990559091506007810161302e868883615276565b505098975050505050505050565b5f6130488360206150cc565b6001600160401b0381111561305f5761305f614f6b565b6040519080825280601f01601f191660200182016040528015613089576020820181803683370190505b505f868152600960205260408120600381015492935091600160801b90046001600160401b0316905b858110156134c1575f8787838181106130cd576130cd614e0b565b9050602002013590505f5f90505b8281101561312657818989838181106130f6576130f6614e0b565b905060200201350361311e5760405163ad65f3bb60e01b81526004810183905260240161092e565b6001016130db565b5060405163083d13a560e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063107a274a906024015f60405180830381865afa15801561318b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526131b29190810190615533565b90508061018001516131da5760405163161bec9760e01b81526004810183905260240161092e565b6040516331a9108f60e11b8152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa15801561323f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132639190615115565b5f848152600660205260409020805491925090600160a01b900460ff166132a057604051630fcb143f60e41b81526004810185905260240161092e565b80546001600160a01b038381169116146132ea578054604051630a103b5960e31b8152600481018690526001600160a01b039182166024820152908316604482015260640161092e565b8054600160a81b900460ff168015613324575060075f61330f86858b60010154612d26565b815260208101919091526040015f205460ff16155b15613352576001870154604051635005bc1360e01b815261092e918691600401918252602082015260400190565b8054600160b01b900463ffffffff168910156133a0578054604051637c5dd19f60e11b815260048101869052602481018b9052600160b01b90910463ffffffff16604482015260640161092e565b60018101546001600160401b0390811690871611156133f2576001810154604051631180793960e11b8152600481018690526001600160401b038089166024830152909116604482015260640161092e565b6133fd848288614046565b5f8c8152600a6020908152604080832081516080810183528881526001600160a01b03878116828601908152600288810180549685019687528b88015160608601908152865460018082018955978b52988a2095516004909902909501978855915194870180546001600160a01b03191695909316949094179091559251918401919091555160039092019190915554600689018054919290916134a29084906150e3565b90915550505050602090810151838202870190910152506001016130b2565b5050815160209092019190912060029091015550505050565b5f858152600b60205260408120905b82811015612f20575f84848381811061350457613504614e0b565b85546001810187555f8781526020808220930294909401359450600a0201918390039050613533575050613641565b5f5b83811015613580578287878381811061355057613550614e0b565b90506020020135036135785760405163200cdd6760e11b81526004810184905260240161092e565b600101613535565b505f61358b83612b53565b9050613597838261249d565b5f5b888110156135f9576135f18a8a838181106135b6576135b6614e0b565b9050602002013560065f8d8d868181106135d2576135d2614e0b565b9050602002013581526020019081526020015f20868560020154612584565b600101613599565b509181558154600180830180546001600160a01b03199081166001600160a01b0394851617909155908401546002808501805490931691909316179055909101546003909101555b6001016134e9565b5f82815260096020526040812060058101549091906136699084906150cc565b826006015461367891906150e3565b90508034146136a35760405163312b003360e01b81523460048201526024810182905260440161092e565b8060045f8282546136b491906150e3565b909155505050505050565b5f60095f8781526020019081526020015f20905061372d6040518061014001604052805f8152602001606081526020016060815260200160608152602001606081526020015f81526020015f81526020015f81526020015f6001600160401b03168152602001606081525090565b60018201548152604080516020808802828101820190935287825290918891889182918501908490808284375f9201919091525050505060208083019190915260408051858302818101840190925285815291869186918291908501908490808284375f9201829052506080860194909452505050878152600a6020526040902080546001600160401b038111156137c7576137c7614f6b565b6040519080825280602002602001820160405280156137f0578160200160208202803683370190505b50604083015280546001600160401b0381111561380f5761380f614f6b565b604051908082528060200260200182016040528015613838578160200160208202803683370190505b5060608301525f5b81548110156138fe5781818154811061385b5761385b614e0b565b905f5260205f2090600402016001015f9054906101000a90046001600160a01b03168360400151828151811061389357613893614e0b565b60200260200101906001600160a01b031690816001600160a01b0316815250508181815481106138c5576138c5614e0b565b905f5260205f20906004020160030154836060015182815181106138eb576138eb614e0b565b6020908102919091010152600101613840565b50600483015463ffffffff1660a083015260038301546001600160401b03600160801b8204811660c0850152600160c01b8204811660e0850152600160401b9091041661010083015260078301805461395690614eab565b80601f016020809104026020016040519081016040528092919081815260200182805461398290614eab565b80156139cd5780601f106139a4576101008083540402835291602001916139cd565b820191905f5260205f20905b8154815290600101906020018083116139b057829003601f168201915b505050505061012083015282546139ef9089906001600160a01b031684614201565b6001830154600584015460038501546040518b927f56ee5e6f9ad436a6ab5ff2ec57eae862fab89acd24a0af5a560d689583ad205392610bf1928d928d928d928d92916001600160401b03600160401b8204811692600160801b909204169060078f0190615694565b806001600160401b03165f03613a6c575050565b5f82815260096020908152604080832054600a90925282206001600160a01b03909116915b8154811015613b86575f828281548110613aad57613aad614e0b565b5f91825260208083206004909202909101548083526008825260408084206001600160a01b0389168552909252908220805491935087929091613afa9084906001600160401b03166150f6565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508460065f8381526020019081526020015f2060010160188282829054906101000a90046001600160401b0316613b5491906150f6565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550508080600101915050613a91565b506040516001600160401b038416815284907fa4902174b42a477ad6e210af43f72084008a37cd515a3d199687ac2acf1985a89060200160405180910390a250505050565b805f03613bd757505050565b8060045f828254613be89190614e98565b90915550506001600160a01b0382165f908152600c602052604081208054839290613c149084906150e3565b925050819055508060035f828254613c2c91906150e3565b909155505060405181815283906001600160a01b038416907f796a6ec99f41042b589b3c8dfab9ec6ae027e9c6599a6a4e311aa00a19ebdb1f906020016121c6565b5f828152600b60205260408120815b8154811015613cdc5783828281548110613c9957613c99614e0b565b905f5260205f2090600a02015f015403613cd457818181548110613cbf57613cbf614e0b565b905f5260205f2090600a020192505050610c42565b600101613c7d565b5060405163cd269b7760e01b8152600481018590526024810184905260440161092e565b5f5f613d418686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061427692505050565b5090925090505f816003811115613d5a57613d5a6149df565b14613d7857604051632ad0f0b760e11b815260040160405180910390fd5b826001600160a01b0316826001600160a01b031614613dbd5760405163366d29f760e01b81526001600160a01b0380841660048301528416602482015260440161092e565b505050505050565b60048201545f90610100900460ff168015613de7575081600501548360050154145b8015613e075750600680830154908401546001600160401b039081169116145b8015613e1a575081600701548360070154145b9392505050565b60048301805464ff0000000019166402000000001790556005820154600880850191909155600683015460098501805467ffffffffffffffff19166001600160401b039283161790556007840154600a86015590830154600b850155600c8401546003850154613ea3928792611b6f9290821691600160801b909104166150f6565b5f848152600a60205260408120905b8154811015613f2257613f1a86838381548110613ed157613ed1614e0b565b905f5260205f2090600402016001015f9054906101000a90046001600160a01b0316848481548110613f0557613f05614e0b565b905f5260205f20906004020160020154613bcb565b600101613eb2565b505f858152600b6020526040812090805b8254811015613fc0575f838281548110613f4f57613f4f614e0b565b905f5260205f2090600a02019050613f678188613dc5565b15613fa55760048101805462ff000019166201000017905560018101546005890154613fa0918b916001600160a01b0390911690613bcb565b613fb7565b6005880154613fb490846150e3565b92505b50600101613f33565b508554613fd89088906001600160a01b031683613bcb565b600585015460068601546007870154604080519384526001600160401b0390921660208401529082015263ffffffff8516606082015287907f0f9bce9170adcb3518aeed54409721544e388cea2362ddfdeb22690fac6add749060800160405180910390a250505050505050565b5f83815260086020908152604080832033845290915290205460018301546001600160401b0391821691600160401b909104811690614087908416836150e3565b11156140dc576001830154604051633984bb3560e21b8152600481018690523360248201526001600160401b0380841660448301528085166064830152600160401b909204909116608482015260a40161092e565b6001830154600160801b90046001600160401b031615801590614128575060018301546001600160401b03600160801b82048116916141269185811691600160c01b9004166150e3565b115b1561417c57600183015460405163be5a257360e01b8152600481018690526001600160401b03600160c01b8304811660248301528481166044830152600160801b909204909116606482015260840161092e565b6141868282614edd565b5f8581526008602090815260408083203384529091529020805467ffffffffffffffff19166001600160401b0392831617905560018401805484926018916141d7918591600160c01b900416614edd565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555050505050565b816001600160a01b0316837f44e279a31ee1ad4a10f5a493a080ac700db94678324da86d65ef3841b022f700835f015184602001518560400151866060015187608001518860a001518960c001518a60e001518b61010001518c61012001516040516121c69a99989796959493929190615771565b5f5f5f83516041036142ad576020840151604085015160608601515f1a61429f888285856142bf565b9550955095505050506142b8565b505081515f91506002905b9250925092565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156142f857505f9150600390508261437d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614349573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661437457505f92506001915082905061437d565b92505f91508190505b9450945094915050565b828054828255905f5260205f209081019282156143c0579160200282015b828111156143c05782358255916020019190600101906143a5565b506143cc9291506143d0565b5090565b5b808211156143cc575f81556001016143d1565b5f5f604083850312156143f5575f5ffd5b50508035926020909101359150565b5f6101008284031215614415575f5ffd5b50919050565b5f610100828403121561442c575f5ffd5b613e1a8383614404565b5f60208284031215614446575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b8281101561447d57815186526020958601959091019060010161445f565b5093949350505050565b602081526144a16020820183516001600160a01b03169052565b5f60208301516144b5604084018215159052565b506040830151801515606084015250606083015163ffffffff811660808401525060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516001600160401b038116610100840152506101008301516101208301526101208301516101408084015261455261016084018261444d565b949350505050565b6001600160401b0381168114611bd0575f5ffd5b80356124588161455a565b5f5f83601f840112614589575f5ffd5b5081356001600160401b0381111561459f575f5ffd5b6020830191508360208285010111156145b6575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101008b8d0312156145d7575f5ffd5b8a35995060208b0135985060408b0135975060608b01356145f78161455a565b965060808b0135955060a08b0135945060c08b01356001600160401b0381111561461f575f5ffd5b61462b8d828e01614579565b90955093505060e08b01356001600160401b03811115614649575f5ffd5b6146558d828e01614579565b915080935050809150509295989b9194979a5092959850565b5f5b83811015614688578181015183820152602001614670565b50505f910152565b5f81518084526146a781602086016020860161466e565b601f01601f19169290920160200192915050565b6020815260018060a01b03825116602082015260018060a01b036020830151166040820152604082015160608201525f606083015160c0608084015261470460e0840182614690565b90506080840151601f198483030160a08501526147218282614690565b91505060a0840151151560c08401528091505092915050565b60ff81168114611bd0575f5ffd5b5f5f5f5f5f6080868803121561475c575f5ffd5b85359450602086013561476e8161473a565b9350604086013561477e8161473a565b925060608601356001600160401b03811115614798575f5ffd5b6147a488828901614579565b969995985093965092949392505050565b6001600160a01b0381168114611bd0575f5ffd5b5f5f5f5f5f5f608087890312156147de575f5ffd5b86356147e9816147b5565b95506020870135945060408701356001600160401b0381111561480a575f5ffd5b61481689828a01614579565b90955093505060608701356001600160401b03811115614834575f5ffd5b61484089828a01614579565b979a9699509497509295939492505050565b5f5f60408385031215614863575f5ffd5b823591506020830135614875816147b5565b809150509250929050565b602081525f613e1a6020830184614690565b5f5f83601f8401126148a2575f5ffd5b5081356001600160401b038111156148b8575f5ffd5b6020830191508360208260051b85010111156145b6575f5ffd5b63ffffffff81168114611bd0575f5ffd5b8035612458816148d2565b5f5f5f5f5f5f5f5f5f5f5f5f6101208d8f03121561490a575f5ffd5b6001600160401b038d35111561491e575f5ffd5b61492b8e8e358f01614892565b909c509a5060208d013599506001600160401b0360408e0135111561494e575f5ffd5b61495e8e60408f01358f01614892565b909950975061496f60608e016148e3565b965060808d0135955061498460a08e0161456e565b94506001600160401b0360c08e0135111561499d575f5ffd5b6149ad8e60c08f01358f01614579565b90945092506149be60e08e0161456e565b91506149cd6101008e0161456e565b90509295989b509295989b509295989b565b634e487b7160e01b5f52602160045260245ffd5b60048110614a0f57634e487b7160e01b5f52602160045260245ffd5b9052565b60208152614a2d6020820183516001600160a01b03169052565b60208201516040820152604082015160608201525f6060830151614a5c60808401826001600160401b03169052565b5060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e083015163ffffffff811661010084015250610100830151614ac36101208401826149f3565b50610120830151610140830152610140830151610160830152610160830151610240610180840152614af9610260840182614690565b90506101808401516101a08401526101a0840151614b236101c08501826001600160401b03169052565b506101c08401516101e08401526101e0840151610200840152610200840151614b586102208501826001600160401b03169052565b5061022084015163ffffffff8116610240850152509392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015614ca157603f198786030184528151805186526020810151614bcb60208801826001600160a01b03169052565b506040810151614be660408801826001600160a01b03169052565b50606081015160608701526080810151614c04608088018215159052565b5060a0810151614c1860a088018215159052565b5060c0810151614c2c60c088018215159052565b5060e081015160e0870152610100810151614c536101008801826001600160401b03169052565b506101208101516101208701526101408101516101408701526101608101519050610180610160870152614c8b610180870182614690565b9550506020938401939190910190600101614b9a565b50929695505050505050565b5f60208284031215614cbd575f5ffd5b8135613e1a816147b5565b602080825282518282018190525f918401906040840190835b81811015614d2b578351805184526020808201516001600160a01b031681860152604080830151908601526060918201519185019190915290930192608090920191600101614ce1565b509095945050505050565b5f5f60408385031215614d47575f5ffd5b8235915060208301356001600160401b03811115614d63575f5ffd5b614d6f85828601614404565b9150509250929050565b5f5f5f5f5f5f5f60a0888a031215614d8f575f5ffd5b873596506020880135614da1816147b5565b95506040880135945060608801356001600160401b03811115614dc2575f5ffd5b614dce8a828b01614579565b90955093505060808801356001600160401b03811115614dec575f5ffd5b614df88a828b01614579565b989b979a50959850939692959293505050565b634e487b7160e01b5f52603260045260245ffd5b918252803560208084019190915281013560408084019190915281013560608084019190915281013560808084019190915281013560a08084019190915281013560c08084019190915281013560e08084019190915201356101008201526101200190565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c4257610c42614e84565b600181811c90821680614ebf57607f821691505b60208210810361441557634e487b7160e01b5f52602260045260245ffd5b6001600160401b038181168382160190811115610c4257610c42614e84565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60ff8516815260ff84166020820152606060408201525f614f49606083018486614efc565b9695505050505050565b5f60018201614f6457614f64614e84565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b601f821115614fc657805f5260205f20601f840160051c81016020851015614fa45750805b601f840160051c820191505b81811015614fc3575f8155600101614fb0565b50505b505050565b81516001600160401b03811115614fe457614fe4614f6b565b614ff881614ff28454614eab565b84614f7f565b6020601f82116001811461502a575f83156150135750848201515b5f19600385901b1c1916600184901b178455614fc3565b5f84815260208120601f198516915b828110156150595787850151825560209485019460019092019101615039565b508482101561507657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60018060a01b0387168152856020820152608060408201525f6150ac608083018688614efc565b82810360608401526150bf818587614efc565b9998505050505050505050565b8082028115828204841417610c4257610c42614e84565b80820180821115610c4257610c42614e84565b6001600160401b038281168282160390811115610c4257610c42614e84565b5f60208284031215615125575f5ffd5b8151613e1a816147b5565b5f5f8335601e19843603018112615145575f5ffd5b8301803591506001600160401b0382111561515e575f5ffd5b6020019150600581901b36038213156145b6575f5ffd5b5f60208284031215615185575f5ffd5b8135613e1a816148d2565b8015158114611bd0575f5ffd5b5f602082840312156151ad575f5ffd5b8135613e1a81615190565b5f602082840312156151c8575f5ffd5b8135613e1a8161455a565b8183525f6001600160fb1b038311156151ea575f5ffd5b8260051b80836020870137939093016020019392505050565b8915158152881515602082015263ffffffff881660408201526001600160401b03871660608201526001600160401b03861660808201526001600160401b03851660a08201528360c082015261010060e08201525f615267610100830184866151d3565b9b9a5050505050505050505050565b6001600160401b0383111561528d5761528d614f6b565b6152a18361529b8354614eab565b83614f7f565b5f601f8411600181146152d2575f85156152bb5750838201355b5f19600387901b1c1916600186901b178355614fc3565b5f83815260208120601f198716915b8281101561530157868501358255602094850194600190920191016152e1565b508682101561531d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b805161245881615190565b5f6020828403121561534a575f5ffd5b8151613e1a81615190565b818382375f9101908152919050565b63ffffffff8181168382160190811115610c4257610c42614e84565b8681526001600160401b038616602082015284604082015283606082015260a060808201525f6153b460a083018486614efc565b98975050505050505050565b5f63ffffffff821663ffffffff81036153db576153db614e84565b60010192915050565b6040516101c081016001600160401b038111828210171561540757615407614f6b565b60405290565b604051601f8201601f191681016001600160401b038111828210171561543557615435614f6b565b604052919050565b5f82601f83011261544c575f5ffd5b81516001600160401b0381111561546557615465614f6b565b615478601f8201601f191660200161540d565b81815284602083860101111561548c575f5ffd5b61455282602083016020870161466e565b80516124588161455a565b8051612458816148d2565b80516124588161473a565b5f82601f8301126154cd575f5ffd5b81516001600160401b038111156154e6576154e6614f6b565b8060051b6154f66020820161540d565b91825260208185018101929081019086841115615511575f5ffd5b6020860192505b83831015614f49578251825260209283019290910190615518565b5f60208284031215615543575f5ffd5b81516001600160401b03811115615558575f5ffd5b82016101c0818503121561556a575f5ffd5b6155726153e4565b81516001600160401b03811115615587575f5ffd5b6155938682850161543d565b825250602082810151908201526155ac6040830161549d565b60408201526155bd606083016154a8565b60608201526080828101519082015260a08201516001600160401b038111156155e4575f5ffd5b6155f08682850161543d565b60a08301525060c0828101519082015261560c60e083016154b3565b60e082015261010082810151908201526101208201516001600160401b03811115615635575f5ffd5b615641868285016154be565b61012083015250615655610140830161549d565b6101408201526101608281015190820152615673610180830161532f565b6101808201526156866101a0830161532f565b6101a0820152949350505050565b60c081525f6156a760c083018a8c6151d3565b82810360208401526156ba81898b6151d3565b90508660408401526001600160401b03861660608401526001600160401b038516608084015282810360a08401525f84546156f481614eab565b80845260018216801561570e576001811461572a5761575e565b60ff1983166020860152602082151560051b860101935061575e565b875f5260205f205f5b8381101561575557815460208289010152600182019150602081019050615733565b86016020019450505b50919d9c50505050505050505050505050565b8a815261014060208201525f61578b61014083018c61444d565b82810360408401528a518082526020808d019201905f5b818110156157c95783516001600160a01b03168352602093840193909201916001016157a2565b505083810360608501526157dd818c61444d565b91505082810360808401526157f2818a61444d565b90508760a08401528660c08401528560e084015261581c6101008401866001600160401b03169052565b82810361012084015261582f8185614690565b9d9c5050505050505050505050505056fe35ff865594e9fc1fd3a1bb30b585a02b4ee42a0d645624c8cb660ad80a05232ba26469706673582212203da31a904c036939602acfd4d7f57aefbea2dea30446c75341085444dedaa21064736f6c634300081c0033",
}

// Jobs is an auto generated Go binding around an Ethereum contract.
type Jobs struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Jobs) GetABI() abi.ABI {
	return c.abi
}

// NewJobs creates a new instance of Jobs.
func NewJobs() *Jobs {
	parsed, err := JobsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Jobs{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Jobs) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_, address registry_, bytes32 salt_) returns()
func (jobs *Jobs) PackConstructor(market_ common.Address, registry_ common.Address, salt_ [32]byte) []byte {
	enc, err := jobs.abi.Pack("", market_, registry_, salt_)
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
func (jobs *Jobs) PackDOMAINTYPEHASH() []byte {
	enc, err := jobs.abi.Pack("DOMAIN_TYPEHASH")
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
func (jobs *Jobs) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return jobs.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (jobs *Jobs) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := jobs.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackJOBRESULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a888b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOB_RESULT_TYPEHASH() view returns(bytes32)
func (jobs *Jobs) PackJOBRESULTTYPEHASH() []byte {
	enc, err := jobs.abi.Pack("JOB_RESULT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOBRESULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a888b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOB_RESULT_TYPEHASH() view returns(bytes32)
func (jobs *Jobs) TryPackJOBRESULTTYPEHASH() ([]byte, error) {
	return jobs.abi.Pack("JOB_RESULT_TYPEHASH")
}

// UnpackJOBRESULTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6a888b4.
//
// Solidity: function JOB_RESULT_TYPEHASH() view returns(bytes32)
func (jobs *Jobs) UnpackJOBRESULTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := jobs.abi.Unpack("JOB_RESULT_TYPEHASH", data)
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
func (jobs *Jobs) PackMAXDURATION() []byte {
	enc, err := jobs.abi.Pack("MAX_DURATION")
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
func (jobs *Jobs) TryPackMAXDURATION() ([]byte, error) {
	return jobs.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint256)
func (jobs *Jobs) UnpackMAXDURATION(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLISTINGS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95eecbe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LISTINGS() view returns(uint256)
func (jobs *Jobs) PackMAXLISTINGS() []byte {
	enc, err := jobs.abi.Pack("MAX_LISTINGS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLISTINGS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95eecbe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LISTINGS() view returns(uint256)
func (jobs *Jobs) TryPackMAXLISTINGS() ([]byte, error) {
	return jobs.abi.Pack("MAX_LISTINGS")
}

// UnpackMAXLISTINGS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95eecbe5.
//
// Solidity: function MAX_LISTINGS() view returns(uint256)
func (jobs *Jobs) UnpackMAXLISTINGS(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("MAX_LISTINGS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMEASUREMENTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41c01811.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MEASUREMENTS() view returns(uint256)
func (jobs *Jobs) PackMAXMEASUREMENTS() []byte {
	enc, err := jobs.abi.Pack("MAX_MEASUREMENTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMEASUREMENTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41c01811.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MEASUREMENTS() view returns(uint256)
func (jobs *Jobs) TryPackMAXMEASUREMENTS() ([]byte, error) {
	return jobs.abi.Pack("MAX_MEASUREMENTS")
}

// UnpackMAXMEASUREMENTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41c01811.
//
// Solidity: function MAX_MEASUREMENTS() view returns(uint256)
func (jobs *Jobs) UnpackMAXMEASUREMENTS(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("MAX_MEASUREMENTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (jobs *Jobs) PackMAXNODES() []byte {
	enc, err := jobs.abi.Pack("MAX_NODES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (jobs *Jobs) TryPackMAXNODES() ([]byte, error) {
	return jobs.abi.Pack("MAX_NODES")
}

// UnpackMAXNODES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f16e1cd.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (jobs *Jobs) UnpackMAXNODES(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("MAX_NODES", data)
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
func (jobs *Jobs) PackNAME() []byte {
	enc, err := jobs.abi.Pack("NAME")
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
func (jobs *Jobs) TryPackNAME() ([]byte, error) {
	return jobs.abi.Pack("NAME")
}

// UnpackNAME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f4df7e.
//
// Solidity: function NAME() view returns(string)
func (jobs *Jobs) UnpackNAME(data []byte) (string, error) {
	out, err := jobs.abi.Unpack("NAME", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(string)
func (jobs *Jobs) PackVERSION() []byte {
	enc, err := jobs.abi.Pack("VERSION")
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
func (jobs *Jobs) TryPackVERSION() ([]byte, error) {
	return jobs.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (jobs *Jobs) UnpackVERSION(data []byte) (string, error) {
	out, err := jobs.abi.Unpack("VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAcceptJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a3ff40d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptJob(uint256 jobId, uint256 nodeId) returns()
func (jobs *Jobs) PackAcceptJob(jobId *big.Int, nodeId *big.Int) []byte {
	enc, err := jobs.abi.Pack("acceptJob", jobId, nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a3ff40d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptJob(uint256 jobId, uint256 nodeId) returns()
func (jobs *Jobs) TryPackAcceptJob(jobId *big.Int, nodeId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("acceptJob", jobId, nodeId)
}

// PackAllowAlgorithm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa0c7e31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowAlgorithm(uint256 listingId, bytes32 algorithmHash) returns()
func (jobs *Jobs) PackAllowAlgorithm(listingId *big.Int, algorithmHash [32]byte) []byte {
	enc, err := jobs.abi.Pack("allowAlgorithm", listingId, algorithmHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowAlgorithm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa0c7e31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowAlgorithm(uint256 listingId, bytes32 algorithmHash) returns()
func (jobs *Jobs) TryPackAllowAlgorithm(listingId *big.Int, algorithmHash [32]byte) ([]byte, error) {
	return jobs.abi.Pack("allowAlgorithm", listingId, algorithmHash)
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb71fdde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(uint256[] listingIds, bytes32 algorithmHash, uint256[] nodeIds, uint32 quorum, uint256 rewardPerNode, uint64 deadline, bytes buyerKey, uint64 maxOutput, uint64 maxCost) payable returns(uint256 jobId)
func (jobs *Jobs) PackCreateJob(listingIds []*big.Int, algorithmHash [32]byte, nodeIds []*big.Int, quorum uint32, rewardPerNode *big.Int, deadline uint64, buyerKey []byte, maxOutput uint64, maxCost uint64) []byte {
	enc, err := jobs.abi.Pack("createJob", listingIds, algorithmHash, nodeIds, quorum, rewardPerNode, deadline, buyerKey, maxOutput, maxCost)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb71fdde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(uint256[] listingIds, bytes32 algorithmHash, uint256[] nodeIds, uint32 quorum, uint256 rewardPerNode, uint64 deadline, bytes buyerKey, uint64 maxOutput, uint64 maxCost) payable returns(uint256 jobId)
func (jobs *Jobs) TryPackCreateJob(listingIds []*big.Int, algorithmHash [32]byte, nodeIds []*big.Int, quorum uint32, rewardPerNode *big.Int, deadline uint64, buyerKey []byte, maxOutput uint64, maxCost uint64) ([]byte, error) {
	return jobs.abi.Pack("createJob", listingIds, algorithmHash, nodeIds, quorum, rewardPerNode, deadline, buyerKey, maxOutput, maxCost)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb71fdde1.
//
// Solidity: function createJob(uint256[] listingIds, bytes32 algorithmHash, uint256[] nodeIds, uint32 quorum, uint256 rewardPerNode, uint64 deadline, bytes buyerKey, uint64 maxOutput, uint64 maxCost) payable returns(uint256 jobId)
func (jobs *Jobs) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("createJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (jobs *Jobs) PackCredit(account common.Address) []byte {
	enc, err := jobs.abi.Pack("credit", account)
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
func (jobs *Jobs) TryPackCredit(account common.Address) ([]byte, error) {
	return jobs.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (jobs *Jobs) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeregisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a13ebd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterNode(uint256 nodeId) returns()
func (jobs *Jobs) PackDeregisterNode(nodeId *big.Int) []byte {
	enc, err := jobs.abi.Pack("deregisterNode", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a13ebd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregisterNode(uint256 nodeId) returns()
func (jobs *Jobs) TryPackDeregisterNode(nodeId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("deregisterNode", nodeId)
}

// PackDisallowAlgorithm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdca5e847.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disallowAlgorithm(uint256 listingId, bytes32 algorithmHash) returns()
func (jobs *Jobs) PackDisallowAlgorithm(listingId *big.Int, algorithmHash [32]byte) []byte {
	enc, err := jobs.abi.Pack("disallowAlgorithm", listingId, algorithmHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisallowAlgorithm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdca5e847.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disallowAlgorithm(uint256 listingId, bytes32 algorithmHash) returns()
func (jobs *Jobs) TryPackDisallowAlgorithm(listingId *big.Int, algorithmHash [32]byte) ([]byte, error) {
	return jobs.abi.Pack("disallowAlgorithm", listingId, algorithmHash)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (jobs *Jobs) PackDomainSeparator() []byte {
	enc, err := jobs.abi.Pack("domainSeparator")
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
func (jobs *Jobs) TryPackDomainSeparator() ([]byte, error) {
	return jobs.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (jobs *Jobs) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := jobs.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256 jobId) returns()
func (jobs *Jobs) PackExpire(jobId *big.Int) []byte {
	enc, err := jobs.abi.Pack("expire", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(uint256 jobId) returns()
func (jobs *Jobs) TryPackExpire(jobId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("expire", jobId)
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,bytes32,bytes32,uint64,uint64,uint64,uint64,uint32,uint8,uint256,uint256,bytes,bytes32,uint64,uint256,bytes32,uint64,uint32))
func (jobs *Jobs) PackGetJob(jobId *big.Int) []byte {
	enc, err := jobs.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,bytes32,bytes32,uint64,uint64,uint64,uint64,uint32,uint8,uint256,uint256,bytes,bytes32,uint64,uint256,bytes32,uint64,uint32))
func (jobs *Jobs) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,bytes32,bytes32,uint64,uint64,uint64,uint64,uint32,uint8,uint256,uint256,bytes,bytes32,uint64,uint256,bytes32,uint64,uint32))
func (jobs *Jobs) UnpackGetJob(data []byte) (JobsJob, error) {
	out, err := jobs.abi.Unpack("getJob", data)
	if err != nil {
		return *new(JobsJob), err
	}
	out0 := *abi.ConvertType(out[0], new(JobsJob)).(*JobsJob)
	return out0, nil
}

// PackGetJobListings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd2c709a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJobListings(uint256 jobId) view returns((uint256,address,uint256,bytes32)[])
func (jobs *Jobs) PackGetJobListings(jobId *big.Int) []byte {
	enc, err := jobs.abi.Pack("getJobListings", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJobListings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd2c709a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJobListings(uint256 jobId) view returns((uint256,address,uint256,bytes32)[])
func (jobs *Jobs) TryPackGetJobListings(jobId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("getJobListings", jobId)
}

// UnpackGetJobListings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd2c709a.
//
// Solidity: function getJobListings(uint256 jobId) view returns((uint256,address,uint256,bytes32)[])
func (jobs *Jobs) UnpackGetJobListings(data []byte) ([]JobsJobListing, error) {
	out, err := jobs.abi.Unpack("getJobListings", data)
	if err != nil {
		return *new([]JobsJobListing), err
	}
	out0 := *abi.ConvertType(out[0], new([]JobsJobListing)).(*[]JobsJobListing)
	return out0, nil
}

// PackGetJobNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8485e50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJobNodes(uint256 jobId) view returns((uint256,address,address,bytes32,bool,bool,bool,bytes32,uint64,uint256,bytes32,string)[])
func (jobs *Jobs) PackGetJobNodes(jobId *big.Int) []byte {
	enc, err := jobs.abi.Pack("getJobNodes", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJobNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8485e50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJobNodes(uint256 jobId) view returns((uint256,address,address,bytes32,bool,bool,bool,bytes32,uint64,uint256,bytes32,string)[])
func (jobs *Jobs) TryPackGetJobNodes(jobId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("getJobNodes", jobId)
}

// UnpackGetJobNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8485e50.
//
// Solidity: function getJobNodes(uint256 jobId) view returns((uint256,address,address,bytes32,bool,bool,bool,bytes32,uint64,uint256,bytes32,string)[])
func (jobs *Jobs) UnpackGetJobNodes(data []byte) ([]JobsJobNode, error) {
	out, err := jobs.abi.Unpack("getJobNodes", data)
	if err != nil {
		return *new([]JobsJobNode), err
	}
	out0 := *abi.ConvertType(out[0], new([]JobsJobNode)).(*[]JobsJobNode)
	return out0, nil
}

// PackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f0f4aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNode(uint256 nodeId) view returns((address,address,bytes32,string,string,bool))
func (jobs *Jobs) PackGetNode(nodeId *big.Int) []byte {
	enc, err := jobs.abi.Pack("getNode", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f0f4aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNode(uint256 nodeId) view returns((address,address,bytes32,string,string,bool))
func (jobs *Jobs) TryPackGetNode(nodeId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("getNode", nodeId)
}

// UnpackGetNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f0f4aa9.
//
// Solidity: function getNode(uint256 nodeId) view returns((address,address,bytes32,string,string,bool))
func (jobs *Jobs) UnpackGetNode(data []byte) (JobsNode, error) {
	out, err := jobs.abi.Unpack("getNode", data)
	if err != nil {
		return *new(JobsNode), err
	}
	out0 := *abi.ConvertType(out[0], new(JobsNode)).(*JobsNode)
	return out0, nil
}

// PackGetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b07fce3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPolicy(uint256 listingId) view returns((address,bool,bool,uint32,uint64,uint64,uint64,uint64,uint256,bytes32[]))
func (jobs *Jobs) PackGetPolicy(listingId *big.Int) []byte {
	enc, err := jobs.abi.Pack("getPolicy", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b07fce3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPolicy(uint256 listingId) view returns((address,bool,bool,uint32,uint64,uint64,uint64,uint64,uint256,bytes32[]))
func (jobs *Jobs) TryPackGetPolicy(listingId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("getPolicy", listingId)
}

// UnpackGetPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b07fce3.
//
// Solidity: function getPolicy(uint256 listingId) view returns((address,bool,bool,uint32,uint64,uint64,uint64,uint64,uint256,bytes32[]))
func (jobs *Jobs) UnpackGetPolicy(data []byte) (JobsPolicy, error) {
	out, err := jobs.abi.Unpack("getPolicy", data)
	if err != nil {
		return *new(JobsPolicy), err
	}
	out0 := *abi.ConvertType(out[0], new(JobsPolicy)).(*JobsPolicy)
	return out0, nil
}

// PackHashJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3705c2ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashJobResult((uint256,uint256,bytes32,bytes32,bytes32,uint256,uint256,bytes32) r) pure returns(bytes32)
func (jobs *Jobs) PackHashJobResult(r JobsJobResult) []byte {
	enc, err := jobs.abi.Pack("hashJobResult", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashJobResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3705c2ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashJobResult((uint256,uint256,bytes32,bytes32,bytes32,uint256,uint256,bytes32) r) pure returns(bytes32)
func (jobs *Jobs) TryPackHashJobResult(r JobsJobResult) ([]byte, error) {
	return jobs.abi.Pack("hashJobResult", r)
}

// UnpackHashJobResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3705c2ec.
//
// Solidity: function hashJobResult((uint256,uint256,bytes32,bytes32,bytes32,uint256,uint256,bytes32) r) pure returns(bytes32)
func (jobs *Jobs) UnpackHashJobResult(data []byte) ([32]byte, error) {
	out, err := jobs.abi.Unpack("hashJobResult", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsAlgorithmAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd02749a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAlgorithmAllowed(uint256 listingId, bytes32 algorithmHash) view returns(bool)
func (jobs *Jobs) PackIsAlgorithmAllowed(listingId *big.Int, algorithmHash [32]byte) []byte {
	enc, err := jobs.abi.Pack("isAlgorithmAllowed", listingId, algorithmHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAlgorithmAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd02749a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAlgorithmAllowed(uint256 listingId, bytes32 algorithmHash) view returns(bool)
func (jobs *Jobs) TryPackIsAlgorithmAllowed(listingId *big.Int, algorithmHash [32]byte) ([]byte, error) {
	return jobs.abi.Pack("isAlgorithmAllowed", listingId, algorithmHash)
}

// UnpackIsAlgorithmAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd02749a1.
//
// Solidity: function isAlgorithmAllowed(uint256 listingId, bytes32 algorithmHash) view returns(bool)
func (jobs *Jobs) UnpackIsAlgorithmAllowed(data []byte) (bool, error) {
	out, err := jobs.abi.Unpack("isAlgorithmAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (jobs *Jobs) PackJobCount() []byte {
	enc, err := jobs.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (jobs *Jobs) TryPackJobCount() ([]byte, error) {
	return jobs.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (jobs *Jobs) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("jobCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJobResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7ea41b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobResultDigest((uint256,uint256,bytes32,bytes32,bytes32,uint256,uint256,bytes32) r) view returns(bytes32)
func (jobs *Jobs) PackJobResultDigest(r JobsJobResult) []byte {
	enc, err := jobs.abi.Pack("jobResultDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7ea41b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobResultDigest((uint256,uint256,bytes32,bytes32,bytes32,uint256,uint256,bytes32) r) view returns(bytes32)
func (jobs *Jobs) TryPackJobResultDigest(r JobsJobResult) ([]byte, error) {
	return jobs.abi.Pack("jobResultDigest", r)
}

// UnpackJobResultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c7ea41b.
//
// Solidity: function jobResultDigest((uint256,uint256,bytes32,bytes32,bytes32,uint256,uint256,bytes32) r) view returns(bytes32)
func (jobs *Jobs) UnpackJobResultDigest(data []byte) ([32]byte, error) {
	out, err := jobs.abi.Unpack("jobResultDigest", data)
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
func (jobs *Jobs) PackMarket() []byte {
	enc, err := jobs.abi.Pack("market")
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
func (jobs *Jobs) TryPackMarket() ([]byte, error) {
	return jobs.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (jobs *Jobs) UnpackMarket(data []byte) (common.Address, error) {
	out, err := jobs.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount() view returns(uint256)
func (jobs *Jobs) PackNodeCount() []byte {
	enc, err := jobs.abi.Pack("nodeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount() view returns(uint256)
func (jobs *Jobs) TryPackNodeCount() ([]byte, error) {
	return jobs.abi.Pack("nodeCount")
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (jobs *Jobs) UnpackNodeCount(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("nodeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f87dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeStats(uint256 nodeId) view returns((uint64,uint64))
func (jobs *Jobs) PackNodeStats(nodeId *big.Int) []byte {
	enc, err := jobs.abi.Pack("nodeStats", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0f87dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeStats(uint256 nodeId) view returns((uint64,uint64))
func (jobs *Jobs) TryPackNodeStats(nodeId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("nodeStats", nodeId)
}

// UnpackNodeStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0f87dd0.
//
// Solidity: function nodeStats(uint256 nodeId) view returns((uint64,uint64))
func (jobs *Jobs) UnpackNodeStats(data []byte) (JobsStats, error) {
	out, err := jobs.abi.Unpack("nodeStats", data)
	if err != nil {
		return *new(JobsStats), err
	}
	out0 := *abi.ConvertType(out[0], new(JobsStats)).(*JobsStats)
	return out0, nil
}

// PackOutputUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97b8529f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputUsed(uint256 listingId, address buyer) view returns(uint64)
func (jobs *Jobs) PackOutputUsed(listingId *big.Int, buyer common.Address) []byte {
	enc, err := jobs.abi.Pack("outputUsed", listingId, buyer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97b8529f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputUsed(uint256 listingId, address buyer) view returns(uint64)
func (jobs *Jobs) TryPackOutputUsed(listingId *big.Int, buyer common.Address) ([]byte, error) {
	return jobs.abi.Pack("outputUsed", listingId, buyer)
}

// UnpackOutputUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97b8529f.
//
// Solidity: function outputUsed(uint256 listingId, address buyer) view returns(uint64)
func (jobs *Jobs) UnpackOutputUsed(data []byte) (uint64, error) {
	out, err := jobs.abi.Unpack("outputUsed", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92883ff5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNode(address signer, bytes32 measurement, string endpoint, string evidenceCid) returns(uint256 nodeId)
func (jobs *Jobs) PackRegisterNode(signer common.Address, measurement [32]byte, endpoint string, evidenceCid string) []byte {
	enc, err := jobs.abi.Pack("registerNode", signer, measurement, endpoint, evidenceCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92883ff5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNode(address signer, bytes32 measurement, string endpoint, string evidenceCid) returns(uint256 nodeId)
func (jobs *Jobs) TryPackRegisterNode(signer common.Address, measurement [32]byte, endpoint string, evidenceCid string) ([]byte, error) {
	return jobs.abi.Pack("registerNode", signer, measurement, endpoint, evidenceCid)
}

// UnpackRegisterNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92883ff5.
//
// Solidity: function registerNode(address signer, bytes32 measurement, string endpoint, string evidenceCid) returns(uint256 nodeId)
func (jobs *Jobs) UnpackRegisterNode(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("registerNode", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (jobs *Jobs) PackRegistry() []byte {
	enc, err := jobs.abi.Pack("registry")
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
func (jobs *Jobs) TryPackRegistry() ([]byte, error) {
	return jobs.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (jobs *Jobs) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := jobs.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f511c5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function review(uint256 jobId, uint8 sellerRating, uint8 nodeRating, string commentCid) returns()
func (jobs *Jobs) PackReview(jobId *big.Int, sellerRating uint8, nodeRating uint8, commentCid string) []byte {
	enc, err := jobs.abi.Pack("review", jobId, sellerRating, nodeRating, commentCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f511c5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function review(uint256 jobId, uint8 sellerRating, uint8 nodeRating, string commentCid) returns()
func (jobs *Jobs) TryPackReview(jobId *big.Int, sellerRating uint8, nodeRating uint8, commentCid string) ([]byte, error) {
	return jobs.abi.Pack("review", jobId, sellerRating, nodeRating, commentCid)
}

// PackReviewed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb98fb7e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reviewed(uint256 jobId) view returns(bool)
func (jobs *Jobs) PackReviewed(jobId *big.Int) []byte {
	enc, err := jobs.abi.Pack("reviewed", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReviewed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb98fb7e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reviewed(uint256 jobId) view returns(bool)
func (jobs *Jobs) TryPackReviewed(jobId *big.Int) ([]byte, error) {
	return jobs.abi.Pack("reviewed", jobId)
}

// UnpackReviewed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb98fb7e8.
//
// Solidity: function reviewed(uint256 jobId) view returns(bool)
func (jobs *Jobs) UnpackReviewed(data []byte) (bool, error) {
	out, err := jobs.abi.Unpack("reviewed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSalt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfa0b133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function salt() view returns(bytes32)
func (jobs *Jobs) PackSalt() []byte {
	enc, err := jobs.abi.Pack("salt")
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
func (jobs *Jobs) TryPackSalt() ([]byte, error) {
	return jobs.abi.Pack("salt")
}

// UnpackSalt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfa0b133.
//
// Solidity: function salt() view returns(bytes32)
func (jobs *Jobs) UnpackSalt(data []byte) ([32]byte, error) {
	out, err := jobs.abi.Unpack("salt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSellerStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5b0117a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerStats(address seller) view returns((uint64,uint64))
func (jobs *Jobs) PackSellerStats(seller common.Address) []byte {
	enc, err := jobs.abi.Pack("sellerStats", seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5b0117a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerStats(address seller) view returns((uint64,uint64))
func (jobs *Jobs) TryPackSellerStats(seller common.Address) ([]byte, error) {
	return jobs.abi.Pack("sellerStats", seller)
}

// UnpackSellerStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5b0117a.
//
// Solidity: function sellerStats(address seller) view returns((uint64,uint64))
func (jobs *Jobs) UnpackSellerStats(data []byte) (JobsStats, error) {
	out, err := jobs.abi.Unpack("sellerStats", data)
	if err != nil {
		return *new(JobsStats), err
	}
	out0 := *abi.ConvertType(out[0], new(JobsStats)).(*JobsStats)
	return out0, nil
}

// PackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd2cb455.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPolicy(uint256 listingId, (bool,bool,uint32,uint64,uint64,uint64,uint256,bytes32[]) p) returns()
func (jobs *Jobs) PackSetPolicy(listingId *big.Int, p JobsPolicyParams) []byte {
	enc, err := jobs.abi.Pack("setPolicy", listingId, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd2cb455.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPolicy(uint256 listingId, (bool,bool,uint32,uint64,uint64,uint64,uint256,bytes32[]) p) returns()
func (jobs *Jobs) TryPackSetPolicy(listingId *big.Int, p JobsPolicyParams) ([]byte, error) {
	return jobs.abi.Pack("setPolicy", listingId, p)
}

// PackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e9fbb80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult(uint256 jobId, uint256 nodeId, bytes32 resultHash, uint64 size, uint256 cost, bytes32 resultCidHash, bytes signature, string resultCid) returns()
func (jobs *Jobs) PackSubmitResult(jobId *big.Int, nodeId *big.Int, resultHash [32]byte, size uint64, cost *big.Int, resultCidHash [32]byte, signature []byte, resultCid string) []byte {
	enc, err := jobs.abi.Pack("submitResult", jobId, nodeId, resultHash, size, cost, resultCidHash, signature, resultCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e9fbb80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult(uint256 jobId, uint256 nodeId, bytes32 resultHash, uint64 size, uint256 cost, bytes32 resultCidHash, bytes signature, string resultCid) returns()
func (jobs *Jobs) TryPackSubmitResult(jobId *big.Int, nodeId *big.Int, resultHash [32]byte, size uint64, cost *big.Int, resultCidHash [32]byte, signature []byte, resultCid string) ([]byte, error) {
	return jobs.abi.Pack("submitResult", jobId, nodeId, resultHash, size, cost, resultCidHash, signature, resultCid)
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (jobs *Jobs) PackTotalCredits() []byte {
	enc, err := jobs.abi.Pack("totalCredits")
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
func (jobs *Jobs) TryPackTotalCredits() ([]byte, error) {
	return jobs.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (jobs *Jobs) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("totalCredits", data)
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
func (jobs *Jobs) PackTotalHeld() []byte {
	enc, err := jobs.abi.Pack("totalHeld")
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
func (jobs *Jobs) TryPackTotalHeld() ([]byte, error) {
	return jobs.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (jobs *Jobs) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := jobs.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdateNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5e6a8e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateNode(uint256 nodeId, address signer, bytes32 measurement, string endpoint, string evidenceCid) returns()
func (jobs *Jobs) PackUpdateNode(nodeId *big.Int, signer common.Address, measurement [32]byte, endpoint string, evidenceCid string) []byte {
	enc, err := jobs.abi.Pack("updateNode", nodeId, signer, measurement, endpoint, evidenceCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5e6a8e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateNode(uint256 nodeId, address signer, bytes32 measurement, string endpoint, string evidenceCid) returns()
func (jobs *Jobs) TryPackUpdateNode(nodeId *big.Int, signer common.Address, measurement [32]byte, endpoint string, evidenceCid string) ([]byte, error) {
	return jobs.abi.Pack("updateNode", nodeId, signer, measurement, endpoint, evidenceCid)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (jobs *Jobs) PackWithdraw() []byte {
	enc, err := jobs.abi.Pack("withdraw")
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
func (jobs *Jobs) TryPackWithdraw() ([]byte, error) {
	return jobs.abi.Pack("withdraw")
}

// JobsAlgorithmAllowed represents a AlgorithmAllowed event raised by the Jobs contract.
type JobsAlgorithmAllowed struct {
	ListingId     *big.Int
	AlgorithmHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobsAlgorithmAllowedEventName = "AlgorithmAllowed"

// ContractEventName returns the user-defined event name.
func (JobsAlgorithmAllowed) ContractEventName() string {
	return JobsAlgorithmAllowedEventName
}

// UnpackAlgorithmAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AlgorithmAllowed(uint256 indexed listingId, bytes32 indexed algorithmHash)
func (jobs *Jobs) UnpackAlgorithmAllowedEvent(log *types.Log) (*JobsAlgorithmAllowed, error) {
	event := "AlgorithmAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsAlgorithmAllowed)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsAlgorithmDisallowed represents a AlgorithmDisallowed event raised by the Jobs contract.
type JobsAlgorithmDisallowed struct {
	ListingId     *big.Int
	AlgorithmHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobsAlgorithmDisallowedEventName = "AlgorithmDisallowed"

// ContractEventName returns the user-defined event name.
func (JobsAlgorithmDisallowed) ContractEventName() string {
	return JobsAlgorithmDisallowedEventName
}

// UnpackAlgorithmDisallowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AlgorithmDisallowed(uint256 indexed listingId, bytes32 indexed algorithmHash)
func (jobs *Jobs) UnpackAlgorithmDisallowedEvent(log *types.Log) (*JobsAlgorithmDisallowed, error) {
	event := "AlgorithmDisallowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsAlgorithmDisallowed)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsBudgetReleased represents a BudgetReleased event raised by the Jobs contract.
type JobsBudgetReleased struct {
	JobId      *big.Int
	PerListing uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobsBudgetReleasedEventName = "BudgetReleased"

// ContractEventName returns the user-defined event name.
func (JobsBudgetReleased) ContractEventName() string {
	return JobsBudgetReleasedEventName
}

// UnpackBudgetReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BudgetReleased(uint256 indexed jobId, uint64 perListing)
func (jobs *Jobs) UnpackBudgetReleasedEvent(log *types.Log) (*JobsBudgetReleased, error) {
	event := "BudgetReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsBudgetReleased)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsCredited represents a Credited event raised by the Jobs contract.
type JobsCredited struct {
	Account common.Address
	JobId   *big.Int
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobsCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (JobsCredited) ContractEventName() string {
	return JobsCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 indexed jobId, uint256 amount)
func (jobs *Jobs) UnpackCreditedEvent(log *types.Log) (*JobsCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsCredited)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsJobAccepted represents a JobAccepted event raised by the Jobs contract.
type JobsJobAccepted struct {
	JobId  *big.Int
	NodeId *big.Int
	Slot   *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobsJobAcceptedEventName = "JobAccepted"

// ContractEventName returns the user-defined event name.
func (JobsJobAccepted) ContractEventName() string {
	return JobsJobAcceptedEventName
}

// UnpackJobAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAccepted(uint256 indexed jobId, uint256 indexed nodeId, uint256 slot)
func (jobs *Jobs) UnpackJobAcceptedEvent(log *types.Log) (*JobsJobAccepted, error) {
	event := "JobAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsJobAccepted)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsJobCreated represents a JobCreated event raised by the Jobs contract.
type JobsJobCreated struct {
	JobId         *big.Int
	Buyer         common.Address
	AlgorithmHash [32]byte
	ListingIds    []*big.Int
	Owners        []common.Address
	Roots         [][32]byte
	NodeIds       []*big.Int
	Quorum        *big.Int
	MaxOutput     *big.Int
	MaxCost       *big.Int
	Deadline      uint64
	BuyerKey      []byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobsJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (JobsJobCreated) ContractEventName() string {
	return JobsJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, address indexed buyer, bytes32 algorithmHash, uint256[] listingIds, address[] owners, bytes32[] roots, uint256[] nodeIds, uint256 quorum, uint256 maxOutput, uint256 maxCost, uint64 deadline, bytes buyerKey)
func (jobs *Jobs) UnpackJobCreatedEvent(log *types.Log) (*JobsJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsJobCreated)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsJobDemand represents a JobDemand event raised by the Jobs contract.
type JobsJobDemand struct {
	JobId         *big.Int
	AlgorithmHash [32]byte
	ListingIds    []*big.Int
	NodeIds       []*big.Int
	RewardPerNode *big.Int
	Deadline      uint64
	MaxOutput     uint64
	BuyerKey      []byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobsJobDemandEventName = "JobDemand"

// ContractEventName returns the user-defined event name.
func (JobsJobDemand) ContractEventName() string {
	return JobsJobDemandEventName
}

// UnpackJobDemandEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDemand(uint256 indexed jobId, bytes32 indexed algorithmHash, uint256[] listingIds, uint256[] nodeIds, uint256 rewardPerNode, uint64 deadline, uint64 maxOutput, bytes buyerKey)
func (jobs *Jobs) UnpackJobDemandEvent(log *types.Log) (*JobsJobDemand, error) {
	event := "JobDemand"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsJobDemand)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsJobExpired represents a JobExpired event raised by the Jobs contract.
type JobsJobExpired struct {
	JobId  *big.Int
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobsJobExpiredEventName = "JobExpired"

// ContractEventName returns the user-defined event name.
func (JobsJobExpired) ContractEventName() string {
	return JobsJobExpiredEventName
}

// UnpackJobExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobExpired(uint256 indexed jobId, uint256 refund)
func (jobs *Jobs) UnpackJobExpiredEvent(log *types.Log) (*JobsJobExpired, error) {
	event := "JobExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsJobExpired)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsJobReviewed represents a JobReviewed event raised by the Jobs contract.
type JobsJobReviewed struct {
	JobId        *big.Int
	Buyer        common.Address
	SellerRating uint8
	NodeRating   uint8
	CommentCid   string
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobsJobReviewedEventName = "JobReviewed"

// ContractEventName returns the user-defined event name.
func (JobsJobReviewed) ContractEventName() string {
	return JobsJobReviewedEventName
}

// UnpackJobReviewedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobReviewed(uint256 indexed jobId, address indexed buyer, uint8 sellerRating, uint8 nodeRating, string commentCid)
func (jobs *Jobs) UnpackJobReviewedEvent(log *types.Log) (*JobsJobReviewed, error) {
	event := "JobReviewed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsJobReviewed)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsJobSettled represents a JobSettled event raised by the Jobs contract.
type JobsJobSettled struct {
	JobId      *big.Int
	ResultHash [32]byte
	Size       uint64
	Cost       *big.Int
	Agreeing   uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobsJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (JobsJobSettled) ContractEventName() string {
	return JobsJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(uint256 indexed jobId, bytes32 resultHash, uint64 size, uint256 cost, uint32 agreeing)
func (jobs *Jobs) UnpackJobSettledEvent(log *types.Log) (*JobsJobSettled, error) {
	event := "JobSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsJobSettled)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsNodeDeregistered represents a NodeDeregistered event raised by the Jobs contract.
type JobsNodeDeregistered struct {
	NodeId *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobsNodeDeregisteredEventName = "NodeDeregistered"

// ContractEventName returns the user-defined event name.
func (JobsNodeDeregistered) ContractEventName() string {
	return JobsNodeDeregisteredEventName
}

// UnpackNodeDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeDeregistered(uint256 indexed nodeId)
func (jobs *Jobs) UnpackNodeDeregisteredEvent(log *types.Log) (*JobsNodeDeregistered, error) {
	event := "NodeDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsNodeDeregistered)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsNodeRegistered represents a NodeRegistered event raised by the Jobs contract.
type JobsNodeRegistered struct {
	NodeId      *big.Int
	Operator    common.Address
	Signer      common.Address
	Measurement [32]byte
	Endpoint    string
	EvidenceCid string
	Raw         *types.Log // Blockchain specific contextual infos
}

const JobsNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (JobsNodeRegistered) ContractEventName() string {
	return JobsNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(uint256 indexed nodeId, address indexed operator, address signer, bytes32 measurement, string endpoint, string evidenceCid)
func (jobs *Jobs) UnpackNodeRegisteredEvent(log *types.Log) (*JobsNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsNodeRegistered)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsNodeUpdated represents a NodeUpdated event raised by the Jobs contract.
type JobsNodeUpdated struct {
	NodeId      *big.Int
	Signer      common.Address
	Measurement [32]byte
	Endpoint    string
	EvidenceCid string
	Raw         *types.Log // Blockchain specific contextual infos
}

const JobsNodeUpdatedEventName = "NodeUpdated"

// ContractEventName returns the user-defined event name.
func (JobsNodeUpdated) ContractEventName() string {
	return JobsNodeUpdatedEventName
}

// UnpackNodeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeUpdated(uint256 indexed nodeId, address signer, bytes32 measurement, string endpoint, string evidenceCid)
func (jobs *Jobs) UnpackNodeUpdatedEvent(log *types.Log) (*JobsNodeUpdated, error) {
	event := "NodeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsNodeUpdated)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsPolicySet represents a PolicySet event raised by the Jobs contract.
type JobsPolicySet struct {
	ListingId            *big.Int
	Owner                common.Address
	ComputeAllowed       bool
	PublicOnly           bool
	MinNodes             uint32
	MaxOutputPerJob      uint64
	OutputBudget         uint64
	TotalOutputBudget    uint64
	PricePerJob          *big.Int
	AcceptedMeasurements [][32]byte
	Raw                  *types.Log // Blockchain specific contextual infos
}

const JobsPolicySetEventName = "PolicySet"

// ContractEventName returns the user-defined event name.
func (JobsPolicySet) ContractEventName() string {
	return JobsPolicySetEventName
}

// UnpackPolicySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicySet(uint256 indexed listingId, address indexed owner, bool computeAllowed, bool publicOnly, uint32 minNodes, uint64 maxOutputPerJob, uint64 outputBudget, uint64 totalOutputBudget, uint256 pricePerJob, bytes32[] acceptedMeasurements)
func (jobs *Jobs) UnpackPolicySetEvent(log *types.Log) (*JobsPolicySet, error) {
	event := "PolicySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsPolicySet)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsResultSubmitted represents a ResultSubmitted event raised by the Jobs contract.
type JobsResultSubmitted struct {
	JobId         *big.Int
	NodeId        *big.Int
	ResultHash    [32]byte
	Size          uint64
	Cost          *big.Int
	ResultCidHash [32]byte
	ResultCid     string
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobsResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (JobsResultSubmitted) ContractEventName() string {
	return JobsResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(uint256 indexed jobId, uint256 indexed nodeId, bytes32 resultHash, uint64 size, uint256 cost, bytes32 resultCidHash, string resultCid)
func (jobs *Jobs) UnpackResultSubmittedEvent(log *types.Log) (*JobsResultSubmitted, error) {
	event := "ResultSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsResultSubmitted)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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

// JobsWithdrawn represents a Withdrawn event raised by the Jobs contract.
type JobsWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (JobsWithdrawn) ContractEventName() string {
	return JobsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (jobs *Jobs) UnpackWithdrawnEvent(log *types.Log) (*JobsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobs.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobsWithdrawn)
	if len(log.Data) > 0 {
		if err := jobs.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobs.abi.Events[event].Inputs {
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
func (jobs *Jobs) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobs.abi.Errors["AlgorithmNotAllowed"].ID.Bytes()[:4]) {
		return jobs.UnpackAlgorithmNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["AlreadyAccepted"].ID.Bytes()[:4]) {
		return jobs.UnpackAlreadyAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["AlreadySubmitted"].ID.Bytes()[:4]) {
		return jobs.UnpackAlreadySubmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["BadListingCount"].ID.Bytes()[:4]) {
		return jobs.UnpackBadListingCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["BadNodeCount"].ID.Bytes()[:4]) {
		return jobs.UnpackBadNodeCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["BadQuorum"].ID.Bytes()[:4]) {
		return jobs.UnpackBadQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["CidMismatch"].ID.Bytes()[:4]) {
		return jobs.UnpackCidMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ComputeNotAllowed"].ID.Bytes()[:4]) {
		return jobs.UnpackComputeNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["CostAboveBudget"].ID.Bytes()[:4]) {
		return jobs.UnpackCostAboveBudgetError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return jobs.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["DeadlineTooFar"].ID.Bytes()[:4]) {
		return jobs.UnpackDeadlineTooFarError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["DuplicateListing"].ID.Bytes()[:4]) {
		return jobs.UnpackDuplicateListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["DuplicateNode"].ID.Bytes()[:4]) {
		return jobs.UnpackDuplicateNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["EmptyBuyerKey"].ID.Bytes()[:4]) {
		return jobs.UnpackEmptyBuyerKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["InvalidRating"].ID.Bytes()[:4]) {
		return jobs.UnpackInvalidRatingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["JobAlreadyReviewed"].ID.Bytes()[:4]) {
		return jobs.UnpackJobAlreadyReviewedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["JobNotExpired"].ID.Bytes()[:4]) {
		return jobs.UnpackJobNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["JobPastDeadline"].ID.Bytes()[:4]) {
		return jobs.UnpackJobPastDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ListingInactive"].ID.Bytes()[:4]) {
		return jobs.UnpackListingInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["MalformedSignature"].ID.Bytes()[:4]) {
		return jobs.UnpackMalformedSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["MeasurementNotAccepted"].ID.Bytes()[:4]) {
		return jobs.UnpackMeasurementNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return jobs.UnpackNoCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NoOpenSlot"].ID.Bytes()[:4]) {
		return jobs.UnpackNoOpenSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NodeInactive"].ID.Bytes()[:4]) {
		return jobs.UnpackNodeInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NodeMeasurementRevoked"].ID.Bytes()[:4]) {
		return jobs.UnpackNodeMeasurementRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NodeNotInJob"].ID.Bytes()[:4]) {
		return jobs.UnpackNodeNotInJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NotJobBuyer"].ID.Bytes()[:4]) {
		return jobs.UnpackNotJobBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NotListingOwner"].ID.Bytes()[:4]) {
		return jobs.UnpackNotListingOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["NotNodeOperator"].ID.Bytes()[:4]) {
		return jobs.UnpackNotNodeOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["OutputAboveJobMax"].ID.Bytes()[:4]) {
		return jobs.UnpackOutputAboveJobMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["OutputBudgetExhausted"].ID.Bytes()[:4]) {
		return jobs.UnpackOutputBudgetExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["OutputTooLarge"].ID.Bytes()[:4]) {
		return jobs.UnpackOutputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["PolicyStale"].ID.Bytes()[:4]) {
		return jobs.UnpackPolicyStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return jobs.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["TooFewNodes"].ID.Bytes()[:4]) {
		return jobs.UnpackTooFewNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["TooManyMeasurements"].ID.Bytes()[:4]) {
		return jobs.UnpackTooManyMeasurementsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["TotalBudgetExhausted"].ID.Bytes()[:4]) {
		return jobs.UnpackTotalBudgetExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return jobs.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return jobs.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["UnknownNode"].ID.Bytes()[:4]) {
		return jobs.UnpackUnknownNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["WrongAmount"].ID.Bytes()[:4]) {
		return jobs.UnpackWrongAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["WrongJobState"].ID.Bytes()[:4]) {
		return jobs.UnpackWrongJobStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["WrongSigner"].ID.Bytes()[:4]) {
		return jobs.UnpackWrongSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobs.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ZeroAlgorithm"].ID.Bytes()[:4]) {
		return jobs.UnpackZeroAlgorithmError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ZeroMaxCost"].ID.Bytes()[:4]) {
		return jobs.UnpackZeroMaxCostError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ZeroMaxOutput"].ID.Bytes()[:4]) {
		return jobs.UnpackZeroMaxOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobs.abi.Errors["ZeroMinNodes"].ID.Bytes()[:4]) {
		return jobs.UnpackZeroMinNodesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobsAlgorithmNotAllowed represents a AlgorithmNotAllowed error raised by the Jobs contract.
type JobsAlgorithmNotAllowed struct {
	ListingId     *big.Int
	AlgorithmHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlgorithmNotAllowed(uint256 listingId, bytes32 algorithmHash)
func JobsAlgorithmNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x5005bc1323ebd1d5eeec8bfedb65f37520350404beb3f5953b0727d222fd00a2")
}

// UnpackAlgorithmNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlgorithmNotAllowed(uint256 listingId, bytes32 algorithmHash)
func (jobs *Jobs) UnpackAlgorithmNotAllowedError(raw []byte) (*JobsAlgorithmNotAllowed, error) {
	out := new(JobsAlgorithmNotAllowed)
	if err := jobs.abi.UnpackIntoInterface(out, "AlgorithmNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsAlreadyAccepted represents a AlreadyAccepted error raised by the Jobs contract.
type JobsAlreadyAccepted struct {
	JobId  *big.Int
	NodeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAccepted(uint256 jobId, uint256 nodeId)
func JobsAlreadyAcceptedErrorID() common.Hash {
	return common.HexToHash("0x75bdeb5ffeb8cc685b5fd2e25f5d9d743c9b82bae1ce2db0109e1a56ed904ca9")
}

// UnpackAlreadyAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAccepted(uint256 jobId, uint256 nodeId)
func (jobs *Jobs) UnpackAlreadyAcceptedError(raw []byte) (*JobsAlreadyAccepted, error) {
	out := new(JobsAlreadyAccepted)
	if err := jobs.abi.UnpackIntoInterface(out, "AlreadyAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsAlreadySubmitted represents a AlreadySubmitted error raised by the Jobs contract.
type JobsAlreadySubmitted struct {
	JobId  *big.Int
	NodeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySubmitted(uint256 jobId, uint256 nodeId)
func JobsAlreadySubmittedErrorID() common.Hash {
	return common.HexToHash("0x54442d18313a0c8e275f1fd61a63f4b1d8d22a572ab195f19afecc55553e8644")
}

// UnpackAlreadySubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySubmitted(uint256 jobId, uint256 nodeId)
func (jobs *Jobs) UnpackAlreadySubmittedError(raw []byte) (*JobsAlreadySubmitted, error) {
	out := new(JobsAlreadySubmitted)
	if err := jobs.abi.UnpackIntoInterface(out, "AlreadySubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsBadListingCount represents a BadListingCount error raised by the Jobs contract.
type JobsBadListingCount struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadListingCount(uint256 count, uint256 max)
func JobsBadListingCountErrorID() common.Hash {
	return common.HexToHash("0xc1eae563dec0092a2bcb9625781fe65acdc56e281b4212e6b79056c0a3085d0e")
}

// UnpackBadListingCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadListingCount(uint256 count, uint256 max)
func (jobs *Jobs) UnpackBadListingCountError(raw []byte) (*JobsBadListingCount, error) {
	out := new(JobsBadListingCount)
	if err := jobs.abi.UnpackIntoInterface(out, "BadListingCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsBadNodeCount represents a BadNodeCount error raised by the Jobs contract.
type JobsBadNodeCount struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNodeCount(uint256 count, uint256 max)
func JobsBadNodeCountErrorID() common.Hash {
	return common.HexToHash("0xa2f4ab672c6d418fd900db55ce0e71ea0c35d4978802f7b6f9f22f095e190c73")
}

// UnpackBadNodeCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNodeCount(uint256 count, uint256 max)
func (jobs *Jobs) UnpackBadNodeCountError(raw []byte) (*JobsBadNodeCount, error) {
	out := new(JobsBadNodeCount)
	if err := jobs.abi.UnpackIntoInterface(out, "BadNodeCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsBadQuorum represents a BadQuorum error raised by the Jobs contract.
type JobsBadQuorum struct {
	Quorum uint32
	Nodes  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadQuorum(uint32 quorum, uint256 nodes)
func JobsBadQuorumErrorID() common.Hash {
	return common.HexToHash("0x3cb7c14eaabe0b638a3e739a01f0023a92f887d52b1e2ec7566c7ee78c171c27")
}

// UnpackBadQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadQuorum(uint32 quorum, uint256 nodes)
func (jobs *Jobs) UnpackBadQuorumError(raw []byte) (*JobsBadQuorum, error) {
	out := new(JobsBadQuorum)
	if err := jobs.abi.UnpackIntoInterface(out, "BadQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsCidMismatch represents a CidMismatch error raised by the Jobs contract.
type JobsCidMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CidMismatch(bytes32 expected, bytes32 got)
func JobsCidMismatchErrorID() common.Hash {
	return common.HexToHash("0x925c44910a2121067dd8c5f99abe00e1885e9598a328b3e32644dbaa7425575a")
}

// UnpackCidMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CidMismatch(bytes32 expected, bytes32 got)
func (jobs *Jobs) UnpackCidMismatchError(raw []byte) (*JobsCidMismatch, error) {
	out := new(JobsCidMismatch)
	if err := jobs.abi.UnpackIntoInterface(out, "CidMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsComputeNotAllowed represents a ComputeNotAllowed error raised by the Jobs contract.
type JobsComputeNotAllowed struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ComputeNotAllowed(uint256 listingId)
func JobsComputeNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xfcb143f03499a7f55a96ecfcdb71f92c4f703e56317ab16837716162728f3c36")
}

// UnpackComputeNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ComputeNotAllowed(uint256 listingId)
func (jobs *Jobs) UnpackComputeNotAllowedError(raw []byte) (*JobsComputeNotAllowed, error) {
	out := new(JobsComputeNotAllowed)
	if err := jobs.abi.UnpackIntoInterface(out, "ComputeNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsCostAboveBudget represents a CostAboveBudget error raised by the Jobs contract.
type JobsCostAboveBudget struct {
	Cost    *big.Int
	MaxCost uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CostAboveBudget(uint256 cost, uint64 maxCost)
func JobsCostAboveBudgetErrorID() common.Hash {
	return common.HexToHash("0x3eb3f550c8b17ba83fffd7fef4b6e86fc7b40c8ab52fb2c7492fb5ffc24d7ece")
}

// UnpackCostAboveBudgetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CostAboveBudget(uint256 cost, uint64 maxCost)
func (jobs *Jobs) UnpackCostAboveBudgetError(raw []byte) (*JobsCostAboveBudget, error) {
	out := new(JobsCostAboveBudget)
	if err := jobs.abi.UnpackIntoInterface(out, "CostAboveBudget", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsDeadlineInPast represents a DeadlineInPast error raised by the Jobs contract.
type JobsDeadlineInPast struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func JobsDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x211baed76e26193771f22012dceefc5bdd40cbb8ace8387e738f09c10ce69f11")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func (jobs *Jobs) UnpackDeadlineInPastError(raw []byte) (*JobsDeadlineInPast, error) {
	out := new(JobsDeadlineInPast)
	if err := jobs.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsDeadlineTooFar represents a DeadlineTooFar error raised by the Jobs contract.
type JobsDeadlineTooFar struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint256 latest)
func JobsDeadlineTooFarErrorID() common.Hash {
	return common.HexToHash("0x136579e6708497e2e93446e1272753929979efd9296a388acde5779bccc371da")
}

// UnpackDeadlineTooFarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint256 latest)
func (jobs *Jobs) UnpackDeadlineTooFarError(raw []byte) (*JobsDeadlineTooFar, error) {
	out := new(JobsDeadlineTooFar)
	if err := jobs.abi.UnpackIntoInterface(out, "DeadlineTooFar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsDuplicateListing represents a DuplicateListing error raised by the Jobs contract.
type JobsDuplicateListing struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateListing(uint256 listingId)
func JobsDuplicateListingErrorID() common.Hash {
	return common.HexToHash("0xad65f3bbc52734dede87deea00c2a9b3d7540742d95281882d069b306000e719")
}

// UnpackDuplicateListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateListing(uint256 listingId)
func (jobs *Jobs) UnpackDuplicateListingError(raw []byte) (*JobsDuplicateListing, error) {
	out := new(JobsDuplicateListing)
	if err := jobs.abi.UnpackIntoInterface(out, "DuplicateListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsDuplicateNode represents a DuplicateNode error raised by the Jobs contract.
type JobsDuplicateNode struct {
	NodeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateNode(uint256 nodeId)
func JobsDuplicateNodeErrorID() common.Hash {
	return common.HexToHash("0x4019bacedd404b7a664ac18321d97eced33acfe669c5d3ba8a30169f8c33074e")
}

// UnpackDuplicateNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateNode(uint256 nodeId)
func (jobs *Jobs) UnpackDuplicateNodeError(raw []byte) (*JobsDuplicateNode, error) {
	out := new(JobsDuplicateNode)
	if err := jobs.abi.UnpackIntoInterface(out, "DuplicateNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsEmptyBuyerKey represents a EmptyBuyerKey error raised by the Jobs contract.
type JobsEmptyBuyerKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBuyerKey()
func JobsEmptyBuyerKeyErrorID() common.Hash {
	return common.HexToHash("0xe20b975490868db782e40eb09deca7f695c034a7d4f18d6bd1d8204fd08fac74")
}

// UnpackEmptyBuyerKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBuyerKey()
func (jobs *Jobs) UnpackEmptyBuyerKeyError(raw []byte) (*JobsEmptyBuyerKey, error) {
	out := new(JobsEmptyBuyerKey)
	if err := jobs.abi.UnpackIntoInterface(out, "EmptyBuyerKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsInvalidRating represents a InvalidRating error raised by the Jobs contract.
type JobsInvalidRating struct {
	Rating uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRating(uint8 rating)
func JobsInvalidRatingErrorID() common.Hash {
	return common.HexToHash("0x77f73f893a9597a49efd33f65acecab22d1dfee786bbdad14fb66b98339cc654")
}

// UnpackInvalidRatingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRating(uint8 rating)
func (jobs *Jobs) UnpackInvalidRatingError(raw []byte) (*JobsInvalidRating, error) {
	out := new(JobsInvalidRating)
	if err := jobs.abi.UnpackIntoInterface(out, "InvalidRating", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsJobAlreadyReviewed represents a JobAlreadyReviewed error raised by the Jobs contract.
type JobsJobAlreadyReviewed struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobAlreadyReviewed(uint256 jobId)
func JobsJobAlreadyReviewedErrorID() common.Hash {
	return common.HexToHash("0xe4cb6e81da4e016d1412d7aacc2f9a51734cae69b2c3982e185b66fbc7ee3597")
}

// UnpackJobAlreadyReviewedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobAlreadyReviewed(uint256 jobId)
func (jobs *Jobs) UnpackJobAlreadyReviewedError(raw []byte) (*JobsJobAlreadyReviewed, error) {
	out := new(JobsJobAlreadyReviewed)
	if err := jobs.abi.UnpackIntoInterface(out, "JobAlreadyReviewed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsJobNotExpired represents a JobNotExpired error raised by the Jobs contract.
type JobsJobNotExpired struct {
	JobId    *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotExpired(uint256 jobId, uint64 deadline)
func JobsJobNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xadd49dfb6bdbcaec7685a50bf73d08f030949c7a8c5df5292e161ecc9269bdec")
}

// UnpackJobNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotExpired(uint256 jobId, uint64 deadline)
func (jobs *Jobs) UnpackJobNotExpiredError(raw []byte) (*JobsJobNotExpired, error) {
	out := new(JobsJobNotExpired)
	if err := jobs.abi.UnpackIntoInterface(out, "JobNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsJobPastDeadline represents a JobPastDeadline error raised by the Jobs contract.
type JobsJobPastDeadline struct {
	JobId    *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobPastDeadline(uint256 jobId, uint64 deadline)
func JobsJobPastDeadlineErrorID() common.Hash {
	return common.HexToHash("0xab0bd695d29885b48ebe089c7e1f01fc3db62d24b804a62e825b45dfb2e7ae51")
}

// UnpackJobPastDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobPastDeadline(uint256 jobId, uint64 deadline)
func (jobs *Jobs) UnpackJobPastDeadlineError(raw []byte) (*JobsJobPastDeadline, error) {
	out := new(JobsJobPastDeadline)
	if err := jobs.abi.UnpackIntoInterface(out, "JobPastDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsListingInactive represents a ListingInactive error raised by the Jobs contract.
type JobsListingInactive struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInactive(uint256 listingId)
func JobsListingInactiveErrorID() common.Hash {
	return common.HexToHash("0x161bec9702a4910408c759d4078d91106b875d71aeb4405e407bc181938aa321")
}

// UnpackListingInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInactive(uint256 listingId)
func (jobs *Jobs) UnpackListingInactiveError(raw []byte) (*JobsListingInactive, error) {
	out := new(JobsListingInactive)
	if err := jobs.abi.UnpackIntoInterface(out, "ListingInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsMalformedSignature represents a MalformedSignature error raised by the Jobs contract.
type JobsMalformedSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedSignature()
func JobsMalformedSignatureErrorID() common.Hash {
	return common.HexToHash("0x55a1e16eadce29d71cb136c0493e3881b154dc5303ad068a5a1e01023482b7e2")
}

// UnpackMalformedSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedSignature()
func (jobs *Jobs) UnpackMalformedSignatureError(raw []byte) (*JobsMalformedSignature, error) {
	out := new(JobsMalformedSignature)
	if err := jobs.abi.UnpackIntoInterface(out, "MalformedSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsMeasurementNotAccepted represents a MeasurementNotAccepted error raised by the Jobs contract.
type JobsMeasurementNotAccepted struct {
	ListingId   *big.Int
	NodeId      *big.Int
	Measurement [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAccepted(uint256 listingId, uint256 nodeId, bytes32 measurement)
func JobsMeasurementNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x1c1a3410851fe2424f5eaaca5400452448e54d8227a5ce9488edb6e605d358fa")
}

// UnpackMeasurementNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAccepted(uint256 listingId, uint256 nodeId, bytes32 measurement)
func (jobs *Jobs) UnpackMeasurementNotAcceptedError(raw []byte) (*JobsMeasurementNotAccepted, error) {
	out := new(JobsMeasurementNotAccepted)
	if err := jobs.abi.UnpackIntoInterface(out, "MeasurementNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNoCredit represents a NoCredit error raised by the Jobs contract.
type JobsNoCredit struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address account)
func JobsNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address account)
func (jobs *Jobs) UnpackNoCreditError(raw []byte) (*JobsNoCredit, error) {
	out := new(JobsNoCredit)
	if err := jobs.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNoOpenSlot represents a NoOpenSlot error raised by the Jobs contract.
type JobsNoOpenSlot struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenSlot(uint256 jobId)
func JobsNoOpenSlotErrorID() common.Hash {
	return common.HexToHash("0xb0a03dad09df7ffea4575d932f8f7395d518febe6ed7af9a6044449b5ee5ee1d")
}

// UnpackNoOpenSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenSlot(uint256 jobId)
func (jobs *Jobs) UnpackNoOpenSlotError(raw []byte) (*JobsNoOpenSlot, error) {
	out := new(JobsNoOpenSlot)
	if err := jobs.abi.UnpackIntoInterface(out, "NoOpenSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNodeInactive represents a NodeInactive error raised by the Jobs contract.
type JobsNodeInactive struct {
	NodeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeInactive(uint256 nodeId)
func JobsNodeInactiveErrorID() common.Hash {
	return common.HexToHash("0x8bc425749807f58ca2ea102aee65d7c5841190f0efa98e49f016f30f95c5a436")
}

// UnpackNodeInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeInactive(uint256 nodeId)
func (jobs *Jobs) UnpackNodeInactiveError(raw []byte) (*JobsNodeInactive, error) {
	out := new(JobsNodeInactive)
	if err := jobs.abi.UnpackIntoInterface(out, "NodeInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNodeMeasurementRevoked represents a NodeMeasurementRevoked error raised by the Jobs contract.
type JobsNodeMeasurementRevoked struct {
	NodeId      *big.Int
	Measurement [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeMeasurementRevoked(uint256 nodeId, bytes32 measurement)
func JobsNodeMeasurementRevokedErrorID() common.Hash {
	return common.HexToHash("0xbc1a6b6a40604c17139b79332b5de24179c2a2a1f636a30b3bb6176d3615ddc1")
}

// UnpackNodeMeasurementRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeMeasurementRevoked(uint256 nodeId, bytes32 measurement)
func (jobs *Jobs) UnpackNodeMeasurementRevokedError(raw []byte) (*JobsNodeMeasurementRevoked, error) {
	out := new(JobsNodeMeasurementRevoked)
	if err := jobs.abi.UnpackIntoInterface(out, "NodeMeasurementRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNodeNotInJob represents a NodeNotInJob error raised by the Jobs contract.
type JobsNodeNotInJob struct {
	JobId  *big.Int
	NodeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeNotInJob(uint256 jobId, uint256 nodeId)
func JobsNodeNotInJobErrorID() common.Hash {
	return common.HexToHash("0xcd269b7731ab72ec1b03e4e73158e55a2476ec60efef8248cde9192ba2b492f2")
}

// UnpackNodeNotInJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeNotInJob(uint256 jobId, uint256 nodeId)
func (jobs *Jobs) UnpackNodeNotInJobError(raw []byte) (*JobsNodeNotInJob, error) {
	out := new(JobsNodeNotInJob)
	if err := jobs.abi.UnpackIntoInterface(out, "NodeNotInJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNotJobBuyer represents a NotJobBuyer error raised by the Jobs contract.
type JobsNotJobBuyer struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJobBuyer(uint256 jobId, address caller)
func JobsNotJobBuyerErrorID() common.Hash {
	return common.HexToHash("0xd15bbef61d4043bcc0bfe03e332dd9a4a7991fc0040af1bed0696835a155950d")
}

// UnpackNotJobBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJobBuyer(uint256 jobId, address caller)
func (jobs *Jobs) UnpackNotJobBuyerError(raw []byte) (*JobsNotJobBuyer, error) {
	out := new(JobsNotJobBuyer)
	if err := jobs.abi.UnpackIntoInterface(out, "NotJobBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNotListingOwner represents a NotListingOwner error raised by the Jobs contract.
type JobsNotListingOwner struct {
	ListingId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func JobsNotListingOwnerErrorID() common.Hash {
	return common.HexToHash("0x1531fa6afd32d96f38e78e79e7d3042df7339474692990c34e490d260cb5cfec")
}

// UnpackNotListingOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func (jobs *Jobs) UnpackNotListingOwnerError(raw []byte) (*JobsNotListingOwner, error) {
	out := new(JobsNotListingOwner)
	if err := jobs.abi.UnpackIntoInterface(out, "NotListingOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsNotNodeOperator represents a NotNodeOperator error raised by the Jobs contract.
type JobsNotNodeOperator struct {
	NodeId *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNodeOperator(uint256 nodeId, address caller)
func JobsNotNodeOperatorErrorID() common.Hash {
	return common.HexToHash("0x184ea667e4f16e4faa059df75680d966da63cf61c3bd95d189c3c0f5b5ba9d4c")
}

// UnpackNotNodeOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNodeOperator(uint256 nodeId, address caller)
func (jobs *Jobs) UnpackNotNodeOperatorError(raw []byte) (*JobsNotNodeOperator, error) {
	out := new(JobsNotNodeOperator)
	if err := jobs.abi.UnpackIntoInterface(out, "NotNodeOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsOutputAboveJobMax represents a OutputAboveJobMax error raised by the Jobs contract.
type JobsOutputAboveJobMax struct {
	ListingId       *big.Int
	MaxOutput       uint64
	MaxOutputPerJob uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputAboveJobMax(uint256 listingId, uint64 maxOutput, uint64 maxOutputPerJob)
func JobsOutputAboveJobMaxErrorID() common.Hash {
	return common.HexToHash("0x2300f2720f7d844b0ece8f4d0e242fb7bd5d80bf037b1ccad50d04d9d7155453")
}

// UnpackOutputAboveJobMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputAboveJobMax(uint256 listingId, uint64 maxOutput, uint64 maxOutputPerJob)
func (jobs *Jobs) UnpackOutputAboveJobMaxError(raw []byte) (*JobsOutputAboveJobMax, error) {
	out := new(JobsOutputAboveJobMax)
	if err := jobs.abi.UnpackIntoInterface(out, "OutputAboveJobMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsOutputBudgetExhausted represents a OutputBudgetExhausted error raised by the Jobs contract.
type JobsOutputBudgetExhausted struct {
	ListingId *big.Int
	Buyer     common.Address
	Used      uint64
	Wanted    uint64
	Budget    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputBudgetExhausted(uint256 listingId, address buyer, uint64 used, uint64 wanted, uint64 budget)
func JobsOutputBudgetExhaustedErrorID() common.Hash {
	return common.HexToHash("0xe612ecd41363731cb1d197b4eb71629df3ee90c93abd4541426c35ea00e69623")
}

// UnpackOutputBudgetExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputBudgetExhausted(uint256 listingId, address buyer, uint64 used, uint64 wanted, uint64 budget)
func (jobs *Jobs) UnpackOutputBudgetExhaustedError(raw []byte) (*JobsOutputBudgetExhausted, error) {
	out := new(JobsOutputBudgetExhausted)
	if err := jobs.abi.UnpackIntoInterface(out, "OutputBudgetExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsOutputTooLarge represents a OutputTooLarge error raised by the Jobs contract.
type JobsOutputTooLarge struct {
	Size      *big.Int
	MaxOutput uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTooLarge(uint256 size, uint64 maxOutput)
func JobsOutputTooLargeErrorID() common.Hash {
	return common.HexToHash("0xaac4796ece03a1761c24b8493641718e53d5f4e0fed86874a201d1b0b97940fb")
}

// UnpackOutputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTooLarge(uint256 size, uint64 maxOutput)
func (jobs *Jobs) UnpackOutputTooLargeError(raw []byte) (*JobsOutputTooLarge, error) {
	out := new(JobsOutputTooLarge)
	if err := jobs.abi.UnpackIntoInterface(out, "OutputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsPolicyStale represents a PolicyStale error raised by the Jobs contract.
type JobsPolicyStale struct {
	ListingId   *big.Int
	PolicyOwner common.Address
	Owner       common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PolicyStale(uint256 listingId, address policyOwner, address owner)
func JobsPolicyStaleErrorID() common.Hash {
	return common.HexToHash("0x5081dac83d091743e71b3c8495f9f25905e476c0824a7489a2f61ec42afa348e")
}

// UnpackPolicyStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PolicyStale(uint256 listingId, address policyOwner, address owner)
func (jobs *Jobs) UnpackPolicyStaleError(raw []byte) (*JobsPolicyStale, error) {
	out := new(JobsPolicyStale)
	if err := jobs.abi.UnpackIntoInterface(out, "PolicyStale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Jobs contract.
type JobsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func JobsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (jobs *Jobs) UnpackReentrancyGuardReentrantCallError(raw []byte) (*JobsReentrancyGuardReentrantCall, error) {
	out := new(JobsReentrancyGuardReentrantCall)
	if err := jobs.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsTooFewNodes represents a TooFewNodes error raised by the Jobs contract.
type JobsTooFewNodes struct {
	ListingId *big.Int
	Nodes     *big.Int
	MinNodes  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewNodes(uint256 listingId, uint256 nodes, uint32 minNodes)
func JobsTooFewNodesErrorID() common.Hash {
	return common.HexToHash("0xf8bba33e80da86db0851a8589b0d6d9e1a8c8af2d9576859f8e548ed49dac030")
}

// UnpackTooFewNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewNodes(uint256 listingId, uint256 nodes, uint32 minNodes)
func (jobs *Jobs) UnpackTooFewNodesError(raw []byte) (*JobsTooFewNodes, error) {
	out := new(JobsTooFewNodes)
	if err := jobs.abi.UnpackIntoInterface(out, "TooFewNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsTooManyMeasurements represents a TooManyMeasurements error raised by the Jobs contract.
type JobsTooManyMeasurements struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyMeasurements(uint256 count, uint256 max)
func JobsTooManyMeasurementsErrorID() common.Hash {
	return common.HexToHash("0x519d7a416135b559a86fbd99251b31cd1f07e5aefa2e1e7e97f99510239931af")
}

// UnpackTooManyMeasurementsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyMeasurements(uint256 count, uint256 max)
func (jobs *Jobs) UnpackTooManyMeasurementsError(raw []byte) (*JobsTooManyMeasurements, error) {
	out := new(JobsTooManyMeasurements)
	if err := jobs.abi.UnpackIntoInterface(out, "TooManyMeasurements", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsTotalBudgetExhausted represents a TotalBudgetExhausted error raised by the Jobs contract.
type JobsTotalBudgetExhausted struct {
	ListingId *big.Int
	Used      uint64
	Wanted    uint64
	Budget    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TotalBudgetExhausted(uint256 listingId, uint64 used, uint64 wanted, uint64 budget)
func JobsTotalBudgetExhaustedErrorID() common.Hash {
	return common.HexToHash("0xbe5a2573309ce530e342e873807466113523650eaa86b6b157d4cfcda3ef9de4")
}

// UnpackTotalBudgetExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TotalBudgetExhausted(uint256 listingId, uint64 used, uint64 wanted, uint64 budget)
func (jobs *Jobs) UnpackTotalBudgetExhaustedError(raw []byte) (*JobsTotalBudgetExhausted, error) {
	out := new(JobsTotalBudgetExhausted)
	if err := jobs.abi.UnpackIntoInterface(out, "TotalBudgetExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsTransferFailed represents a TransferFailed error raised by the Jobs contract.
type JobsTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func JobsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (jobs *Jobs) UnpackTransferFailedError(raw []byte) (*JobsTransferFailed, error) {
	out := new(JobsTransferFailed)
	if err := jobs.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsUnknownJob represents a UnknownJob error raised by the Jobs contract.
type JobsUnknownJob struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(uint256 jobId)
func JobsUnknownJobErrorID() common.Hash {
	return common.HexToHash("0x510aa5f06826d740de587fc177250838c7f20674aef37603d5ab5f52cef91ae8")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(uint256 jobId)
func (jobs *Jobs) UnpackUnknownJobError(raw []byte) (*JobsUnknownJob, error) {
	out := new(JobsUnknownJob)
	if err := jobs.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsUnknownNode represents a UnknownNode error raised by the Jobs contract.
type JobsUnknownNode struct {
	NodeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownNode(uint256 nodeId)
func JobsUnknownNodeErrorID() common.Hash {
	return common.HexToHash("0x809cf7b93d0172304d2449c16f39afb603a67d180afdd148239ea845ed50e178")
}

// UnpackUnknownNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownNode(uint256 nodeId)
func (jobs *Jobs) UnpackUnknownNodeError(raw []byte) (*JobsUnknownNode, error) {
	out := new(JobsUnknownNode)
	if err := jobs.abi.UnpackIntoInterface(out, "UnknownNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsWrongAmount represents a WrongAmount error raised by the Jobs contract.
type JobsWrongAmount struct {
	Sent   *big.Int
	Wanted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongAmount(uint256 sent, uint256 wanted)
func JobsWrongAmountErrorID() common.Hash {
	return common.HexToHash("0x312b00334db1ea2e47ca02471f2084ea5861925ada5b716a536b2b60e824c081")
}

// UnpackWrongAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongAmount(uint256 sent, uint256 wanted)
func (jobs *Jobs) UnpackWrongAmountError(raw []byte) (*JobsWrongAmount, error) {
	out := new(JobsWrongAmount)
	if err := jobs.abi.UnpackIntoInterface(out, "WrongAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsWrongJobState represents a WrongJobState error raised by the Jobs contract.
type JobsWrongJobState struct {
	JobId *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongJobState(uint256 jobId, uint8 state)
func JobsWrongJobStateErrorID() common.Hash {
	return common.HexToHash("0x776ef37799700f11c11cc93e4ca4f90cc18590d70ce6e6e34a06bbc88082894f")
}

// UnpackWrongJobStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongJobState(uint256 jobId, uint8 state)
func (jobs *Jobs) UnpackWrongJobStateError(raw []byte) (*JobsWrongJobState, error) {
	out := new(JobsWrongJobState)
	if err := jobs.abi.UnpackIntoInterface(out, "WrongJobState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsWrongSigner represents a WrongSigner error raised by the Jobs contract.
type JobsWrongSigner struct {
	Recovered common.Address
	Expected  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSigner(address recovered, address expected)
func JobsWrongSignerErrorID() common.Hash {
	return common.HexToHash("0x366d29f7de543b1e5962d6f7315450f1f5ec3d853d28dca80282b4c242185268")
}

// UnpackWrongSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSigner(address recovered, address expected)
func (jobs *Jobs) UnpackWrongSignerError(raw []byte) (*JobsWrongSigner, error) {
	out := new(JobsWrongSigner)
	if err := jobs.abi.UnpackIntoInterface(out, "WrongSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsZeroAddress represents a ZeroAddress error raised by the Jobs contract.
type JobsZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func JobsZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (jobs *Jobs) UnpackZeroAddressError(raw []byte) (*JobsZeroAddress, error) {
	out := new(JobsZeroAddress)
	if err := jobs.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsZeroAlgorithm represents a ZeroAlgorithm error raised by the Jobs contract.
type JobsZeroAlgorithm struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAlgorithm()
func JobsZeroAlgorithmErrorID() common.Hash {
	return common.HexToHash("0xed1929e6b07d8c8894fd5d2679a55f6ab54e56ac0cfdf76bd5d2810a90414cf9")
}

// UnpackZeroAlgorithmError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAlgorithm()
func (jobs *Jobs) UnpackZeroAlgorithmError(raw []byte) (*JobsZeroAlgorithm, error) {
	out := new(JobsZeroAlgorithm)
	if err := jobs.abi.UnpackIntoInterface(out, "ZeroAlgorithm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsZeroMaxCost represents a ZeroMaxCost error raised by the Jobs contract.
type JobsZeroMaxCost struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxCost()
func JobsZeroMaxCostErrorID() common.Hash {
	return common.HexToHash("0x3097b8775531eb8def7ab4aa86841196b9dd4f5138bc9e75c03a75d36a2259a1")
}

// UnpackZeroMaxCostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxCost()
func (jobs *Jobs) UnpackZeroMaxCostError(raw []byte) (*JobsZeroMaxCost, error) {
	out := new(JobsZeroMaxCost)
	if err := jobs.abi.UnpackIntoInterface(out, "ZeroMaxCost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsZeroMaxOutput represents a ZeroMaxOutput error raised by the Jobs contract.
type JobsZeroMaxOutput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxOutput()
func JobsZeroMaxOutputErrorID() common.Hash {
	return common.HexToHash("0x9487d93563d0482139c27a635f563e23b00dab1706e1795ad2af65e980f39841")
}

// UnpackZeroMaxOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxOutput()
func (jobs *Jobs) UnpackZeroMaxOutputError(raw []byte) (*JobsZeroMaxOutput, error) {
	out := new(JobsZeroMaxOutput)
	if err := jobs.abi.UnpackIntoInterface(out, "ZeroMaxOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobsZeroMinNodes represents a ZeroMinNodes error raised by the Jobs contract.
type JobsZeroMinNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMinNodes()
func JobsZeroMinNodesErrorID() common.Hash {
	return common.HexToHash("0xb958fb4fbac10f9b611ffe10d0bc6267f297eb9d68d5492b1135bc6da6ddab80")
}

// UnpackZeroMinNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMinNodes()
func (jobs *Jobs) UnpackZeroMinNodesError(raw []byte) (*JobsZeroMinNodes, error) {
	out := new(JobsZeroMinNodes)
	if err := jobs.abi.UnpackIntoInterface(out, "ZeroMinNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}
