// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ExchangeRegistry} from "./ExchangeRegistry.sol";
import {Market} from "./Market.sol";

/// @title Jobs
/// @notice Compute jobs of datatrade (DESIGN.md section 6; SDTE's DTMC and BDBC): a buyer's WASM analysis runs
/// on one or several listings inside the enclaves of several compute nodes; the contract pays the sellers and
/// the agreeing nodes once a quorum of enclave-signed results agree, and refunds the rest.
///
/// Each listing's owner sets a compute policy: compute allowed, public algorithms only (then only allow-listed
/// algorithm hashes run), accepted node measurements (an explicit list; empty accepts none), minimum number of
/// nodes, maximum output per job, a cumulative output budget per buyer and listing, an optional total output
/// budget over all buyers of the listing, and the price per job. The policy binds the owner who set it: after a
/// transfer of the listing token no job runs until the new owner sets one.
///
/// Output budgets stop the "analysis that prints the raw data", in one job (maxOutputPerJob) or spread over many
/// (outputBudget): a job reserves maxOutput bytes of every listing's budget when it is created; settlement
/// releases what the agreed result did not use; expiry releases only what no node's result used (a result a node
/// submitted is readable by the buyer even without a quorum).
///
/// Compute nodes register here (not in the ExchangeRegistry: a node has no exchange fee, stake or light client);
/// the ExchangeRegistry's list of revoked measurements applies to them too.
/// @dev EIP-712 domain: {name "datatrade", version "1", chainId, verifyingContract = this, salt}, the salt being
/// the deployment's domain salt (the same as Escrow's); domainSeparator() returns it (no ERC-5267 view: abigen
/// would declare its output type twice in package contracts). Payments are credited and pulled with withdraw().
/// At all times balance(this) = totalCredits + totalHeld.
contract Jobs is ReentrancyGuard {
    /// @notice Job states. None: no such job. Open: paid, waiting for results. Settled: a quorum agreed; sellers
    /// and agreeing nodes paid, the rest refunded. Expired: the deadline passed without a quorum; all refunded.
    enum State {
        None,
        Open,
        Settled,
        Expired
    }

    /// @notice A registered compute node.
    struct Node {
        address operator;
        address signer;
        bytes32 measurement;
        string endpoint;
        string evidenceCid;
        bool active;
    }

    /// @notice What a listing's owner sets.
    struct PolicyParams {
        bool computeAllowed;
        bool publicOnly;
        uint32 minNodes;
        uint64 maxOutputPerJob;
        uint64 outputBudget;
        uint64 totalOutputBudget;
        uint256 pricePerJob;
        bytes32[] acceptedMeasurements;
    }

    /// @notice A listing's compute policy. owner is who set it; totalUsed is the output reserved or used by all
    /// buyers of the listing so far.
    struct Policy {
        address owner;
        bool computeAllowed;
        bool publicOnly;
        uint32 minNodes;
        uint64 maxOutputPerJob;
        uint64 outputBudget;
        uint64 totalOutputBudget;
        uint64 totalUsed;
        uint256 pricePerJob;
        bytes32[] acceptedMeasurements;
    }

    /// @notice One job.
    struct Job {
        address buyer;
        bytes32 algorithmHash;
        bytes32 dataRoot;
        uint64 createdAt;
        uint64 deadline;
        uint64 maxOutput;
        uint64 maxCost;
        uint32 quorum;
        State state;
        uint256 rewardPerNode;
        uint256 priceTotal;
        bytes buyerKey;
        bytes32 agreedResultHash;
        uint64 agreedSize;
        uint256 agreedCost;
        bytes32 agreedResultCidHash;
        uint64 maxSubmittedSize;
        uint32 submissions;
    }

    /// @notice What a job snapshotted of one of its listings.
    struct JobListing {
        uint256 listingId;
        address seller;
        uint256 price;
        bytes32 root;
    }

    /// @notice One node slot of a job: the node (0 while an open slot waits for a node to accept), its snapshot
    /// and its submission.
    struct JobNode {
        uint256 nodeId;
        address operator;
        address signer;
        bytes32 measurement;
        bool accepted;
        bool submitted;
        bool paid;
        bytes32 resultHash;
        uint64 size;
        uint256 cost;
        bytes32 resultCidHash;
        string resultCid;
    }

    /// @notice The EIP-712 statement a node's enclave signs over its result.
    struct JobResult {
        uint256 jobId;
        uint256 nodeId;
        bytes32 algorithmHash;
        bytes32 dataRoot;
        bytes32 resultHash;
        uint256 size;
        uint256 cost;
        bytes32 resultCidHash;
    }

    /// @notice Running rating totals.
    struct Stats {
        uint64 count;
        uint64 sum;
    }

    string public constant NAME = "datatrade";
    string public constant VERSION = "1";
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    bytes32 public constant JOB_RESULT_TYPEHASH = keccak256(
        "JobResult(uint256 jobId,uint256 nodeId,bytes32 algorithmHash,bytes32 dataRoot,bytes32 resultHash,uint256 size,uint256 cost,bytes32 resultCidHash)"
    );

    /// @notice Most listings one job may name.
    uint256 public constant MAX_LISTINGS = 8;
    /// @notice Most nodes one job may name.
    uint256 public constant MAX_NODES = 16;
    /// @notice Most accepted measurements one policy may list.
    uint256 public constant MAX_MEASUREMENTS = 16;
    /// @notice Longest time from creation to deadline.
    uint256 public constant MAX_DURATION = 30 days;

    Market public immutable market;
    ExchangeRegistry public immutable registry;
    /// @notice The per-deployment EIP-712 salt.
    bytes32 public immutable salt;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;

    /// @notice Number of nodes ever registered; ids run from 1 to nodeCount.
    uint256 public nodeCount;
    /// @notice Number of jobs ever created; ids run from 1 to jobCount.
    uint256 public jobCount;
    /// @notice Sum of all credited, not yet withdrawn balances.
    uint256 public totalCredits;
    /// @notice Sum of all deposits held for jobs that have not settled them yet.
    uint256 public totalHeld;

    mapping(uint256 => Node) private _nodes;
    mapping(uint256 => Policy) private _policies;
    mapping(bytes32 => bool) private _allowed; // keccak256(listingId, owner, algorithmHash)
    mapping(uint256 => mapping(address => uint64)) private _used; // listing => buyer => output bytes
    mapping(uint256 => Job) private _jobs;
    mapping(uint256 => JobListing[]) private _jobListings;
    mapping(uint256 => JobNode[]) private _jobNodes;
    mapping(address => uint256) private _credits;
    mapping(uint256 => bool) private _reviewed;
    mapping(address => Stats) private _sellerStats;
    mapping(uint256 => Stats) private _nodeStats;

    event NodeRegistered(
        uint256 indexed nodeId,
        address indexed operator,
        address signer,
        bytes32 measurement,
        string endpoint,
        string evidenceCid
    );
    event NodeUpdated(uint256 indexed nodeId, address signer, bytes32 measurement, string endpoint, string evidenceCid);
    event NodeDeregistered(uint256 indexed nodeId);
    event PolicySet(
        uint256 indexed listingId,
        address indexed owner,
        bool computeAllowed,
        bool publicOnly,
        uint32 minNodes,
        uint64 maxOutputPerJob,
        uint64 outputBudget,
        uint64 totalOutputBudget,
        uint256 pricePerJob,
        bytes32[] acceptedMeasurements
    );
    event AlgorithmAllowed(uint256 indexed listingId, bytes32 indexed algorithmHash);
    event AlgorithmDisallowed(uint256 indexed listingId, bytes32 indexed algorithmHash);
    /// @notice A job was created and paid. Everything an enclave needs to learn the job from a receipt: the
    /// listings with their owners (payees, whose agents hand over the data keys) and roots, in job order; the node
    /// slots (0 = open); the quorum; the output allowance in bytes; the metered instruction budget of one run; the
    /// deadline; and the buyer's key that results are encrypted to.
    event JobCreated(
        uint256 indexed jobId,
        address indexed buyer,
        bytes32 algorithmHash,
        uint256[] listingIds,
        address[] owners,
        bytes32[] roots,
        uint256[] nodeIds,
        uint256 quorum,
        uint256 maxOutput,
        uint256 maxCost,
        uint64 deadline,
        bytes buyerKey
    );
    /// @notice The demand broadcast (SDTE's BDBC): what a node needs to decide whether to take the job. Node id
    /// 0 in nodeIds is an open slot any node whose measurement every listing accepts may fill with acceptJob.
    event JobDemand(
        uint256 indexed jobId,
        bytes32 indexed algorithmHash,
        uint256[] listingIds,
        uint256[] nodeIds,
        uint256 rewardPerNode,
        uint64 deadline,
        uint64 maxOutput,
        bytes buyerKey
    );
    event JobAccepted(uint256 indexed jobId, uint256 indexed nodeId, uint256 slot);
    event ResultSubmitted(
        uint256 indexed jobId,
        uint256 indexed nodeId,
        bytes32 resultHash,
        uint64 size,
        uint256 cost,
        bytes32 resultCidHash,
        string resultCid
    );
    event JobSettled(uint256 indexed jobId, bytes32 resultHash, uint64 size, uint256 cost, uint32 agreeing);
    event JobExpired(uint256 indexed jobId, uint256 refund);
    event BudgetReleased(uint256 indexed jobId, uint64 perListing);
    event Credited(address indexed account, uint256 indexed jobId, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event JobReviewed(uint256 indexed jobId, address indexed buyer, uint8 sellerRating, uint8 nodeRating, string commentCid);

    error UnknownNode(uint256 nodeId);
    error NotNodeOperator(uint256 nodeId, address caller);
    error NodeInactive(uint256 nodeId);
    error ZeroAddress();
    error NotListingOwner(uint256 listingId, address caller);
    error TooManyMeasurements(uint256 count, uint256 max);
    error ZeroMinNodes();
    error UnknownJob(uint256 jobId);
    error WrongJobState(uint256 jobId, uint8 state);
    error BadListingCount(uint256 count, uint256 max);
    error DuplicateListing(uint256 listingId);
    error BadNodeCount(uint256 count, uint256 max);
    error DuplicateNode(uint256 nodeId);
    error BadQuorum(uint32 quorum, uint256 nodes);
    error ZeroAlgorithm();
    error EmptyBuyerKey();
    error ZeroMaxOutput();
    error ZeroMaxCost();
    error CostAboveBudget(uint256 cost, uint64 maxCost);
    error DeadlineInPast(uint64 deadline);
    error DeadlineTooFar(uint64 deadline, uint256 latest);
    error ListingInactive(uint256 listingId);
    error ComputeNotAllowed(uint256 listingId);
    error PolicyStale(uint256 listingId, address policyOwner, address owner);
    error AlgorithmNotAllowed(uint256 listingId, bytes32 algorithmHash);
    error MeasurementNotAccepted(uint256 listingId, uint256 nodeId, bytes32 measurement);
    error NodeMeasurementRevoked(uint256 nodeId, bytes32 measurement);
    error TooFewNodes(uint256 listingId, uint256 nodes, uint32 minNodes);
    error OutputAboveJobMax(uint256 listingId, uint64 maxOutput, uint64 maxOutputPerJob);
    error OutputBudgetExhausted(uint256 listingId, address buyer, uint64 used, uint64 wanted, uint64 budget);
    error TotalBudgetExhausted(uint256 listingId, uint64 used, uint64 wanted, uint64 budget);
    error WrongAmount(uint256 sent, uint256 wanted);
    error NodeNotInJob(uint256 jobId, uint256 nodeId);
    error NoOpenSlot(uint256 jobId);
    error AlreadyAccepted(uint256 jobId, uint256 nodeId);
    error JobPastDeadline(uint256 jobId, uint64 deadline);
    error JobNotExpired(uint256 jobId, uint64 deadline);
    error AlreadySubmitted(uint256 jobId, uint256 nodeId);
    error OutputTooLarge(uint256 size, uint64 maxOutput);
    error CidMismatch(bytes32 expected, bytes32 got);
    error MalformedSignature();
    error WrongSigner(address recovered, address expected);
    error NotJobBuyer(uint256 jobId, address caller);
    error JobAlreadyReviewed(uint256 jobId);
    error InvalidRating(uint8 rating);
    error NoCredit(address account);
    error TransferFailed(address to, uint256 amount);

    constructor(Market market_, ExchangeRegistry registry_, bytes32 salt_) {
        market = market_;
        registry = registry_;
        salt = salt_;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
    }

    // ---- compute nodes ----

    /// @notice Registers a compute node operated by the caller: its enclave's signing address, its enclave
    /// measurement, its endpoint and the CID of its attestation evidence.
    /// @return nodeId the new node id (from 1).
    function registerNode(address signer, bytes32 measurement, string calldata endpoint, string calldata evidenceCid)
        external
        returns (uint256 nodeId)
    {
        if (signer == address(0)) revert ZeroAddress();
        nodeId = ++nodeCount;
        _nodes[nodeId] = Node({
            operator: msg.sender,
            signer: signer,
            measurement: measurement,
            endpoint: endpoint,
            evidenceCid: evidenceCid,
            active: true
        });
        emit NodeRegistered(nodeId, msg.sender, signer, measurement, endpoint, evidenceCid);
    }

    /// @notice Changes a node's enclave, measurement, endpoint and evidence (operator only). Jobs already
    /// created keep the snapshot they took.
    function updateNode(
        uint256 nodeId,
        address signer,
        bytes32 measurement,
        string calldata endpoint,
        string calldata evidenceCid
    ) external {
        Node storage n = _operatorNode(nodeId);
        if (!n.active) revert NodeInactive(nodeId);
        if (signer == address(0)) revert ZeroAddress();
        n.signer = signer;
        n.measurement = measurement;
        n.endpoint = endpoint;
        n.evidenceCid = evidenceCid;
        emit NodeUpdated(nodeId, signer, measurement, endpoint, evidenceCid);
    }

    /// @notice Deactivates a node (operator only): no new job can name it; jobs already created keep it.
    function deregisterNode(uint256 nodeId) external {
        Node storage n = _operatorNode(nodeId);
        if (!n.active) revert NodeInactive(nodeId);
        n.active = false;
        emit NodeDeregistered(nodeId);
    }

    /// @notice Returns a node; reverts UnknownNode for an id never registered.
    function getNode(uint256 nodeId) external view returns (Node memory) {
        return _node(nodeId);
    }

    // ---- seller policy ----

    /// @notice Sets a listing's compute policy (the listing token's owner only). The output already used by
    /// buyers stays counted.
    function setPolicy(uint256 listingId, PolicyParams calldata p) external {
        _requireListingOwner(listingId);
        if (p.acceptedMeasurements.length > MAX_MEASUREMENTS) {
            revert TooManyMeasurements(p.acceptedMeasurements.length, MAX_MEASUREMENTS);
        }
        if (p.minNodes == 0) revert ZeroMinNodes();
        Policy storage pol = _policies[listingId];
        pol.owner = msg.sender;
        pol.computeAllowed = p.computeAllowed;
        pol.publicOnly = p.publicOnly;
        pol.minNodes = p.minNodes;
        pol.maxOutputPerJob = p.maxOutputPerJob;
        pol.outputBudget = p.outputBudget;
        pol.totalOutputBudget = p.totalOutputBudget;
        pol.pricePerJob = p.pricePerJob;
        pol.acceptedMeasurements = p.acceptedMeasurements;
        emit PolicySet(
            listingId,
            msg.sender,
            p.computeAllowed,
            p.publicOnly,
            p.minNodes,
            p.maxOutputPerJob,
            p.outputBudget,
            p.totalOutputBudget,
            p.pricePerJob,
            p.acceptedMeasurements
        );
    }

    /// @notice Returns a listing's policy (all zero if none was ever set).
    function getPolicy(uint256 listingId) external view returns (Policy memory) {
        return _policies[listingId];
    }

    /// @notice Adds an algorithm hash the listing's owner reviewed to the listing's allow-list.
    function allowAlgorithm(uint256 listingId, bytes32 algorithmHash) external {
        _requireListingOwner(listingId);
        if (algorithmHash == bytes32(0)) revert ZeroAlgorithm();
        _allowed[_allowKey(listingId, msg.sender, algorithmHash)] = true;
        emit AlgorithmAllowed(listingId, algorithmHash);
    }

    /// @notice Removes an algorithm hash from the listing's allow-list.
    function disallowAlgorithm(uint256 listingId, bytes32 algorithmHash) external {
        _requireListingOwner(listingId);
        _allowed[_allowKey(listingId, msg.sender, algorithmHash)] = false;
        emit AlgorithmDisallowed(listingId, algorithmHash);
    }

    /// @notice Reports whether the listing's current owner allow-listed an algorithm.
    function isAlgorithmAllowed(uint256 listingId, bytes32 algorithmHash) public view returns (bool) {
        return _allowed[_allowKey(listingId, market.ownerOf(listingId), algorithmHash)];
    }

    /// @notice Output bytes a buyer has reserved or used of a listing's budget.
    function outputUsed(uint256 listingId, address buyer) external view returns (uint64) {
        return _used[listingId][buyer];
    }

    // ---- jobs ----

    /// @notice Creates a job, paid in advance: msg.value must equal the sum of the listings' prices per job plus
    /// rewardPerNode times the number of node slots. A node id 0 is an open slot that a node fills with
    /// acceptJob. Checks every listing's policy and reserves maxOutput bytes of every listing's output budget.
    /// maxCost is the metered instruction budget of one run, the same on every node so that they agree.
    /// @return jobId the new job id (from 1).
    function createJob(
        uint256[] calldata listingIds,
        bytes32 algorithmHash,
        uint256[] calldata nodeIds,
        uint32 quorum,
        uint256 rewardPerNode,
        uint64 deadline,
        bytes calldata buyerKey,
        uint64 maxOutput,
        uint64 maxCost
    ) external payable nonReentrant returns (uint256 jobId) {
        _checkJobArgs(listingIds.length, nodeIds.length, quorum, algorithmHash, buyerKey.length, maxOutput, deadline);
        jobId = _newJob(algorithmHash, quorum, rewardPerNode, deadline, buyerKey, maxOutput, maxCost);
        _addListings(jobId, listingIds, nodeIds.length);
        _addNodes(jobId, listingIds, nodeIds);
        _collect(jobId, nodeIds.length);
        _announce(jobId, listingIds, nodeIds);
    }

    /// @dev Requires msg.value to be the job's prices plus its rewards and holds it.
    function _collect(uint256 jobId, uint256 nodes) private {
        Job storage j = _jobs[jobId];
        uint256 wanted = j.priceTotal + j.rewardPerNode * nodes;
        if (msg.value != wanted) revert WrongAmount(msg.value, wanted);
        totalHeld += wanted;
    }

    function _newJob(
        bytes32 algorithmHash,
        uint32 quorum,
        uint256 rewardPerNode,
        uint64 deadline,
        bytes calldata buyerKey,
        uint64 maxOutput,
        uint64 maxCost
    ) private returns (uint256 jobId) {
        if (maxCost == 0) revert ZeroMaxCost();
        jobId = ++jobCount;
        Job storage j = _jobs[jobId];
        j.buyer = msg.sender;
        j.algorithmHash = algorithmHash;
        j.createdAt = uint64(block.timestamp);
        j.deadline = deadline;
        j.maxOutput = maxOutput;
        j.maxCost = maxCost;
        j.quorum = quorum;
        j.state = State.Open;
        j.rewardPerNode = rewardPerNode;
        j.buyerKey = buyerKey;
    }

    /// @notice A node's answer to the demand broadcast (its operator only). A named node confirms it takes
    /// the job; any other node fills the first open slot if every listing accepts its measurement.
    function acceptJob(uint256 jobId, uint256 nodeId) external {
        Job storage j = _openJob(jobId);
        if (block.timestamp > j.deadline) revert JobPastDeadline(jobId, j.deadline);
        Node storage n = _operatorNode(nodeId);
        JobNode[] storage slots = _jobNodes[jobId];
        uint256 open = type(uint256).max;
        for (uint256 i = 0; i < slots.length; i++) {
            if (slots[i].nodeId == nodeId) {
                if (slots[i].accepted) revert AlreadyAccepted(jobId, nodeId);
                slots[i].accepted = true;
                emit JobAccepted(jobId, nodeId, i);
                return;
            }
            if (slots[i].nodeId == 0 && open == type(uint256).max) open = i;
        }
        if (open == type(uint256).max) revert NoOpenSlot(jobId);
        _checkNodeUsable(nodeId, n);
        JobListing[] storage ls = _jobListings[jobId];
        for (uint256 k = 0; k < ls.length; k++) {
            _checkMeasurement(ls[k].listingId, _policies[ls[k].listingId], nodeId, n.measurement);
        }
        JobNode storage s = slots[open];
        s.nodeId = nodeId;
        s.operator = n.operator;
        s.signer = n.signer;
        s.measurement = n.measurement;
        s.accepted = true;
        emit JobAccepted(jobId, nodeId, open);
    }

    /// @notice Submits a node's result, signed by the node's enclave signer (as snapshotted for the job) over
    /// the EIP-712 JobResult. Anyone may send it. keccak256(bytes(resultCid)) must equal resultCidHash. When a
    /// quorum of nodes agrees on (resultHash, size, cost) the job settles at once.
    function submitResult(
        uint256 jobId,
        uint256 nodeId,
        bytes32 resultHash,
        uint64 size,
        uint256 cost,
        bytes32 resultCidHash,
        bytes calldata signature,
        string calldata resultCid
    ) external nonReentrant {
        Job storage j = _openJob(jobId);
        JobResult memory r;
        r.jobId = jobId;
        r.nodeId = nodeId;
        r.algorithmHash = j.algorithmHash;
        r.dataRoot = j.dataRoot;
        r.resultHash = resultHash;
        r.size = size;
        r.cost = cost;
        r.resultCidHash = resultCidHash;
        _submit(j, r, signature, resultCid);
    }

    function _submit(Job storage j, JobResult memory r, bytes calldata signature, string calldata resultCid) private {
        uint256 jobId = r.jobId;
        if (block.timestamp > j.deadline) revert JobPastDeadline(jobId, j.deadline);
        if (r.nodeId == 0) revert NodeNotInJob(jobId, 0);
        JobNode storage s = _slot(jobId, r.nodeId);
        if (s.submitted) revert AlreadySubmitted(jobId, r.nodeId);
        if (r.size > j.maxOutput) revert OutputTooLarge(r.size, j.maxOutput);
        if (r.cost > j.maxCost) revert CostAboveBudget(r.cost, j.maxCost);
        bytes32 cidHash = keccak256(bytes(resultCid));
        if (cidHash != r.resultCidHash) revert CidMismatch(r.resultCidHash, cidHash);
        if (registry.isRevoked(s.measurement)) revert NodeMeasurementRevoked(r.nodeId, s.measurement);
        _checkSigner(_digest(keccak256(abi.encode(JOB_RESULT_TYPEHASH, r))), signature, s.signer);

        s.submitted = true;
        s.resultHash = r.resultHash;
        s.size = uint64(r.size);
        s.cost = r.cost;
        s.resultCidHash = r.resultCidHash;
        s.resultCid = resultCid;
        j.submissions += 1;
        if (s.size > j.maxSubmittedSize) j.maxSubmittedSize = s.size;
        emit ResultSubmitted(jobId, r.nodeId, r.resultHash, s.size, r.cost, r.resultCidHash, resultCid);

        uint32 agreeing = 0;
        JobNode[] storage slots = _jobNodes[jobId];
        for (uint256 i = 0; i < slots.length; i++) {
            if (_agrees(slots[i], s)) agreeing++;
        }
        if (agreeing >= j.quorum) _settle(jobId, j, s, agreeing);
    }

    function _agrees(JobNode storage o, JobNode storage w) private view returns (bool) {
        return o.submitted && o.resultHash == w.resultHash && o.size == w.size && o.cost == w.cost;
    }

    /// @notice Ends a job whose deadline passed without a quorum (anyone may call it): the buyer gets back
    /// everything it paid; the output budget is released except what the largest submitted result used.
    function expire(uint256 jobId) external nonReentrant {
        Job storage j = _openJob(jobId);
        if (block.timestamp <= j.deadline) revert JobNotExpired(jobId, j.deadline);
        j.state = State.Expired;
        uint256 refund = j.priceTotal + j.rewardPerNode * _jobNodes[jobId].length;
        _release(jobId, j.maxOutput - j.maxSubmittedSize);
        _pay(jobId, j.buyer, refund);
        emit JobExpired(jobId, refund);
    }

    /// @notice Rates a settled job, once, by its buyer: sellerRating for every seller of the job's listings,
    /// nodeRating for every agreeing node. Ratings run from 1 to 5.
    function review(uint256 jobId, uint8 sellerRating, uint8 nodeRating, string calldata commentCid) external {
        if (sellerRating < 1 || sellerRating > 5) revert InvalidRating(sellerRating);
        if (nodeRating < 1 || nodeRating > 5) revert InvalidRating(nodeRating);
        Job storage j = _job(jobId);
        if (j.buyer != msg.sender) revert NotJobBuyer(jobId, msg.sender);
        if (j.state != State.Settled) revert WrongJobState(jobId, uint8(j.state));
        if (_reviewed[jobId]) revert JobAlreadyReviewed(jobId);
        _reviewed[jobId] = true;
        JobListing[] storage ls = _jobListings[jobId];
        for (uint256 i = 0; i < ls.length; i++) {
            Stats storage st = _sellerStats[ls[i].seller];
            st.count += 1;
            st.sum += sellerRating;
        }
        JobNode[] storage slots = _jobNodes[jobId];
        for (uint256 i = 0; i < slots.length; i++) {
            if (!slots[i].paid) continue;
            Stats storage st = _nodeStats[slots[i].nodeId];
            st.count += 1;
            st.sum += nodeRating;
        }
        emit JobReviewed(jobId, msg.sender, sellerRating, nodeRating, commentCid);
    }

    /// @notice Reports whether a job has been reviewed.
    function reviewed(uint256 jobId) external view returns (bool) {
        return _reviewed[jobId];
    }

    /// @notice A seller's compute-job rating count and sum.
    function sellerStats(address seller) external view returns (Stats memory) {
        return _sellerStats[seller];
    }

    /// @notice A node's rating count and sum.
    function nodeStats(uint256 nodeId) external view returns (Stats memory) {
        return _nodeStats[nodeId];
    }

    /// @notice Returns a job; reverts UnknownJob for an id never created.
    function getJob(uint256 jobId) external view returns (Job memory) {
        return _job(jobId);
    }

    /// @notice Returns a job's listings, in job order.
    function getJobListings(uint256 jobId) external view returns (JobListing[] memory) {
        _job(jobId);
        return _jobListings[jobId];
    }

    /// @notice Returns a job's node slots and their submissions, in job order.
    function getJobNodes(uint256 jobId) external view returns (JobNode[] memory) {
        _job(jobId);
        return _jobNodes[jobId];
    }

    // ---- pull payments ----

    /// @notice Sends the caller its whole credited balance.
    function withdraw() external nonReentrant {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert NoCredit(msg.sender);
        _credits[msg.sender] = 0;
        totalCredits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// @notice Returns an account's credited balance, ready to withdraw.
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    // ---- EIP-712 ----

    /// @notice The EIP-712 domain separator: {name "datatrade", version "1", chainId, this, salt}.
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _cachedChainId) return _cachedDomainSeparator;
        return _buildDomainSeparator();
    }

    /// @notice The EIP-712 struct hash of a JobResult.
    function hashJobResult(JobResult calldata r) external pure returns (bytes32) {
        return keccak256(abi.encode(JOB_RESULT_TYPEHASH, r));
    }

    /// @notice The EIP-712 digest a node's enclave signs for a JobResult.
    function jobResultDigest(JobResult calldata r) external view returns (bytes32) {
        return _digest(keccak256(abi.encode(JOB_RESULT_TYPEHASH, r)));
    }

    // ---- internals ----

    function _addNodes(uint256 jobId, uint256[] calldata listingIds, uint256[] calldata nodeIds) private {
        JobNode[] storage slots = _jobNodes[jobId];
        for (uint256 i = 0; i < nodeIds.length; i++) {
            uint256 id = nodeIds[i];
            JobNode storage s = slots.push();
            if (id == 0) continue; // an open slot
            for (uint256 k = 0; k < i; k++) {
                if (nodeIds[k] == id) revert DuplicateNode(id);
            }
            Node storage n = _node(id);
            _checkNodeUsable(id, n);
            for (uint256 l = 0; l < listingIds.length; l++) {
                _checkMeasurement(listingIds[l], _policies[listingIds[l]], id, n.measurement);
            }
            s.nodeId = id;
            s.operator = n.operator;
            s.signer = n.signer;
            s.measurement = n.measurement;
        }
    }

    function _addListings(uint256 jobId, uint256[] calldata listingIds, uint256 nodes) private {
        bytes memory roots = new bytes(32 * listingIds.length);
        Job storage j = _jobs[jobId];
        uint64 maxOutput = j.maxOutput;
        for (uint256 i = 0; i < listingIds.length; i++) {
            uint256 id = listingIds[i];
            for (uint256 k = 0; k < i; k++) {
                if (listingIds[k] == id) revert DuplicateListing(id);
            }
            Market.Listing memory l = market.getListing(id);
            if (!l.active) revert ListingInactive(id);
            address owner = market.ownerOf(id);
            Policy storage p = _policies[id];
            if (!p.computeAllowed) revert ComputeNotAllowed(id);
            if (p.owner != owner) revert PolicyStale(id, p.owner, owner);
            if (p.publicOnly && !_allowed[_allowKey(id, owner, j.algorithmHash)]) {
                revert AlgorithmNotAllowed(id, j.algorithmHash);
            }
            if (nodes < p.minNodes) revert TooFewNodes(id, nodes, p.minNodes);
            if (maxOutput > p.maxOutputPerJob) revert OutputAboveJobMax(id, maxOutput, p.maxOutputPerJob);
            _reserve(id, p, maxOutput);
            _jobListings[jobId].push(JobListing({listingId: id, seller: owner, price: p.pricePerJob, root: l.root}));
            j.priceTotal += p.pricePerJob;
            bytes32 root = l.root;
            assembly {
                mstore(add(add(roots, 32), mul(i, 32)), root)
            }
        }
        j.dataRoot = keccak256(roots);
    }

    function _checkJobArgs(
        uint256 listings,
        uint256 nodes,
        uint32 quorum,
        bytes32 algorithmHash,
        uint256 keyLength,
        uint64 maxOutput,
        uint64 deadline
    ) private view {
        if (listings == 0 || listings > MAX_LISTINGS) revert BadListingCount(listings, MAX_LISTINGS);
        if (nodes == 0 || nodes > MAX_NODES) revert BadNodeCount(nodes, MAX_NODES);
        if (quorum == 0 || quorum > nodes || uint256(quorum) * 2 <= nodes) revert BadQuorum(quorum, nodes);
        if (algorithmHash == bytes32(0)) revert ZeroAlgorithm();
        if (keyLength == 0) revert EmptyBuyerKey();
        if (maxOutput == 0) revert ZeroMaxOutput();
        if (deadline <= block.timestamp) revert DeadlineInPast(deadline);
        if (deadline > block.timestamp + MAX_DURATION) revert DeadlineTooFar(deadline, block.timestamp + MAX_DURATION);
    }

    function _announce(uint256 jobId, uint256[] calldata listingIds, uint256[] calldata nodeIds) private {
        Job storage j = _jobs[jobId];
        Created memory c;
        c.algorithmHash = j.algorithmHash;
        c.listingIds = listingIds;
        c.nodeIds = nodeIds;
        JobListing[] storage ls = _jobListings[jobId];
        c.owners = new address[](ls.length);
        c.roots = new bytes32[](ls.length);
        for (uint256 i = 0; i < ls.length; i++) {
            c.owners[i] = ls[i].seller;
            c.roots[i] = ls[i].root;
        }
        c.quorum = j.quorum;
        c.maxOutput = j.maxOutput;
        c.maxCost = j.maxCost;
        c.deadline = j.deadline;
        c.buyerKey = j.buyerKey;
        _emitCreated(jobId, j.buyer, c);
        emit JobDemand(jobId, j.algorithmHash, listingIds, nodeIds, j.rewardPerNode, j.deadline, j.maxOutput, j.buyerKey);
    }

    /// @dev The data of a JobCreated event, in its order.
    struct Created {
        bytes32 algorithmHash;
        uint256[] listingIds;
        address[] owners;
        bytes32[] roots;
        uint256[] nodeIds;
        uint256 quorum;
        uint256 maxOutput;
        uint256 maxCost;
        uint64 deadline;
        bytes buyerKey;
    }

    function _emitCreated(uint256 jobId, address buyer, Created memory c) private {
        emit JobCreated(
            jobId,
            buyer,
            c.algorithmHash,
            c.listingIds,
            c.owners,
            c.roots,
            c.nodeIds,
            c.quorum,
            c.maxOutput,
            c.maxCost,
            c.deadline,
            c.buyerKey
        );
    }

    function _reserve(uint256 listingId, Policy storage p, uint64 maxOutput) private {
        uint64 used = _used[listingId][msg.sender];
        if (uint256(used) + maxOutput > p.outputBudget) {
            revert OutputBudgetExhausted(listingId, msg.sender, used, maxOutput, p.outputBudget);
        }
        if (p.totalOutputBudget != 0 && uint256(p.totalUsed) + maxOutput > p.totalOutputBudget) {
            revert TotalBudgetExhausted(listingId, p.totalUsed, maxOutput, p.totalOutputBudget);
        }
        _used[listingId][msg.sender] = used + maxOutput;
        p.totalUsed += maxOutput;
    }

    /// @dev Gives back `amount` bytes of every listing's reserved output budget.
    function _release(uint256 jobId, uint64 amount) private {
        if (amount == 0) return;
        address buyer = _jobs[jobId].buyer;
        JobListing[] storage ls = _jobListings[jobId];
        for (uint256 i = 0; i < ls.length; i++) {
            uint256 id = ls[i].listingId;
            _used[id][buyer] -= amount;
            _policies[id].totalUsed -= amount;
        }
        emit BudgetReleased(jobId, amount);
    }

    function _settle(uint256 jobId, Job storage j, JobNode storage winner, uint32 agreeing) private {
        j.state = State.Settled;
        j.agreedResultHash = winner.resultHash;
        j.agreedSize = winner.size;
        j.agreedCost = winner.cost;
        j.agreedResultCidHash = winner.resultCidHash;
        _release(jobId, j.maxOutput - j.maxSubmittedSize);
        JobListing[] storage ls = _jobListings[jobId];
        for (uint256 i = 0; i < ls.length; i++) {
            _pay(jobId, ls[i].seller, ls[i].price);
        }
        JobNode[] storage slots = _jobNodes[jobId];
        uint256 refund = 0;
        for (uint256 i = 0; i < slots.length; i++) {
            JobNode storage o = slots[i];
            if (_agrees(o, winner)) {
                o.paid = true;
                _pay(jobId, o.operator, j.rewardPerNode);
            } else {
                refund += j.rewardPerNode;
            }
        }
        _pay(jobId, j.buyer, refund);
        emit JobSettled(jobId, winner.resultHash, winner.size, winner.cost, agreeing);
    }

    function _checkNodeUsable(uint256 nodeId, Node storage n) private view {
        if (!n.active) revert NodeInactive(nodeId);
        if (registry.isRevoked(n.measurement)) revert NodeMeasurementRevoked(nodeId, n.measurement);
    }

    function _checkMeasurement(uint256 listingId, Policy storage p, uint256 nodeId, bytes32 measurement)
        private
        view
    {
        bytes32[] storage acc = p.acceptedMeasurements;
        for (uint256 i = 0; i < acc.length; i++) {
            if (acc[i] == measurement) return;
        }
        revert MeasurementNotAccepted(listingId, nodeId, measurement);
    }

    function _requireListingOwner(uint256 listingId) private view {
        market.getListing(listingId); // reverts UnknownListing
        if (market.ownerOf(listingId) != msg.sender) revert NotListingOwner(listingId, msg.sender);
    }

    function _allowKey(uint256 listingId, address owner, bytes32 algorithmHash) private pure returns (bytes32) {
        return keccak256(abi.encode(listingId, owner, algorithmHash));
    }

    function _node(uint256 nodeId) private view returns (Node storage) {
        if (nodeId == 0 || nodeId > nodeCount) revert UnknownNode(nodeId);
        return _nodes[nodeId];
    }

    function _operatorNode(uint256 nodeId) private view returns (Node storage n) {
        n = _node(nodeId);
        if (n.operator != msg.sender) revert NotNodeOperator(nodeId, msg.sender);
    }

    function _job(uint256 jobId) private view returns (Job storage j) {
        j = _jobs[jobId];
        if (j.state == State.None) revert UnknownJob(jobId);
    }

    function _openJob(uint256 jobId) private view returns (Job storage j) {
        j = _job(jobId);
        if (j.state != State.Open) revert WrongJobState(jobId, uint8(j.state));
    }

    function _slot(uint256 jobId, uint256 nodeId) private view returns (JobNode storage) {
        JobNode[] storage slots = _jobNodes[jobId];
        for (uint256 i = 0; i < slots.length; i++) {
            if (slots[i].nodeId == nodeId) return slots[i];
        }
        revert NodeNotInJob(jobId, nodeId);
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256(bytes(VERSION)), block.chainid, address(this), salt
            )
        );
    }

    function _digest(bytes32 structHash) private view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(domainSeparator(), structHash);
    }

    function _checkSigner(bytes32 digest, bytes calldata signature, address expected) private pure {
        (address got, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError) revert MalformedSignature();
        if (got != expected) revert WrongSigner(got, expected);
    }

    /// @dev Moves amount of held deposits to an account's credit.
    function _pay(uint256 jobId, address to, uint256 amount) private {
        if (amount == 0) return;
        totalHeld -= amount;
        _credits[to] += amount;
        totalCredits += amount;
        emit Credited(to, jobId, amount);
    }
}
