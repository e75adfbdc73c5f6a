/**
 * The wire contract between the mini-program and the cloud functions: what each
 * action takes and returns, by context. Imported by `src/services/` and by the
 * handlers, so a renamed field breaks the build on both sides.
 */
import type { Fen } from '../domain/money';
import type * as G from './groupbuy';
import type * as D from './distribution';
import type * as M from './member';
import type * as C from './community';
import type * as F from './fulfilment';
import type * as P from './cocreation';
import type * as R from './partner';
import type * as A from './analytics';

export * from './groupbuy';
export * from './distribution';
export * from './member';
export * from './community';
export * from './fulfilment';
export * from './cocreation';
export * from './partner';
export * from './analytics';

/** Every action of every function, by function name: the services layer is typed from this. */
export interface Api {
  groupbuy: {
    /** 首页's first paint in one call: the first page of deals, the categories, the poll banner, the 晒单 strip. */
    home: [Record<string, never>, G.HomeOutput];
    listDeals: [G.ListDealsInput, G.ListDealsOutput];
    getDeal: [G.GetDealInput, G.GetDealOutput];
    startGroup: [G.StartGroupInput, G.StartGroupOutput];
    joinGroup: [G.JoinGroupInput, G.JoinGroupOutput];
    buySolo: [G.BuySoloInput, G.OrderPaymentOutput];
    getGroup: [{ groupId: string }, { group: G.GroupView }];
    /** 我的订单, newest first; `status`: one tab (待付款 …), omitted for 全部. */
    myOrders: [G.MyOrdersInput, { items: G.OrderView[]; cursor?: string }];
    /** 我的's order shortcuts: the number of orders in each tab. */
    orderCounts: [Record<string, never>, { counts: G.OrderCounts }];
    getOrder: [{ orderId: string }, { order: G.OrderView }];
    /** Payment parameters again for an unpaid order (the pay sheet was closed). */
    payOrder: [{ orderId: string }, G.OrderPaymentOutput];
    cancelOrder: [{ orderId: string }, { order: G.OrderView }];
    /** A share poster's mini-program code: a PNG as a cloud file id (weapp) or null on the local cloud. */
    posterCode: [{ page: string; scene: string }, { fileId: string | null }];
    /** Pickup points a shopper may choose (active ones; the bound leader's first, marked suggested). */
    pickupPoints: [{ dealId?: string }, { items: F.PickupPointView[] }];
    /** 确认收货: an express order that was shipped (or a pickup order at its point) completes. */
    confirmReceipt: [{ orderId: string }, { order: G.OrderView }];
    /** 售后: within the window after completion; one open request per order. */
    requestAfterSale: [{ orderId: string; kind: F.AfterSaleKind; reason: string; images?: string[] }, { afterSale: F.AfterSaleView }];
    /** The pickup code of the caller's own pickup order, once its goods are at the point. */
    pickupCode: [{ orderId: string }, F.PickupCodeView];
  };
  /** 共创计划: every member reads; contributing needs the project's current rules accepted and the right phase. */
  cocreation: {
    /** Open (ideas, recruiting), in progress (proposals, trial), launched; drafts for the brand only. */
    listProjects: [{ cursor?: string }, { items: P.ProjectCard[]; cursor?: string }];
    getProject: [{ projectId: string }, { project: P.ProjectDetail }];
    acceptRules: [{ projectId: string; rulesVersion: number }, { acceptedVersion: number }];
    submitIdea: [{ projectId: string; text: string; images?: string[] }, { idea: P.IdeaView }];
    /** Sets the caller's upvote (once per member per idea; a repeat changes nothing). */
    upvoteIdea: [{ ideaId: string }, { upvoted: true; upvotes: number }];
    /** 体验官 and above. */
    applyToProject: [{ projectId: string; statement: string; expertise: string[]; images?: string[] }, { status: 'pending' | 'selected' | 'declined' }];
    /** The project's 产品共创官 only. */
    submitProposal: [{ projectId: string; kind: P.ProposalKind; text: string; images?: string[] }, { proposal: P.ProposalView }];
    /** The project's co-creators and the brand. */
    commentProposal: [{ proposalId: string; text: string }, { comment: P.CommentView }];
    /** A co-creator of the round, once per round. */
    submitTrialReport: [{ projectId: string; roundId: string; scores: P.TrialScores; text: string; images?: string[]; wouldBuy: boolean }, { round: P.TrialRoundView }];
    /** 我的共创. */
    myContributions: [Record<string, never>, { items: P.MyProjectContributions[] }];
  };
  /** Fulfilment: the brand ships and dispatches; point staff verify pickups. Admin unless noted. */
  fulfilment: {
    shipQueue: [{ stage?: 'to_ship' | 'to_arrive' | 'shipped' | 'at_point'; dealId?: string; mode?: F.DeliveryMode; cursor?: string }, { items: F.ShipQueueItem[]; cursor?: string }];
    shipOrders: [{ items: F.ShipItem[] }, { results: F.ShipResult[] }];
    /** 到货: the orders reached the point; each becomes 待自提 and its shopper gets a pickup code. */
    dispatchPickup: [{ pointId: string; orderIds: string[] }, { results: F.ShipResult[] }];
    /** Point staff: the order behind a code (scanned token or typed 6 digits), before handing over. */
    lookupPickup: [{ code: string }, { order: F.PickupOrderView }];
    /** Point staff: hand the goods over; the code works once and the order completes. */
    verifyPickup: [{ code: string }, { order: F.PickupOrderView }];
    /** Point staff: the points the caller runs or staffs. */
    myPoints: [Record<string, never>, { items: F.AdminPickupPointView[] }];
    listPickupPoints: [Record<string, never>, { items: F.AdminPickupPointView[] }];
    savePickupPoint: [F.PickupPointInput, { point: F.AdminPickupPointView }];
    assignPointStaff: [{ pointId: string; openid: string; remove?: boolean }, { point: F.AdminPickupPointView }];
    afterSales: [{ status?: F.AfterSaleStatus; cursor?: string }, { items: (F.AfterSaleView & { title: string; buyerNickname: string; amountFen: Fen })[]; cursor?: string }];
    /** Approve (refund through the refund flow) or reject with a note the shopper sees. */
    reviewAfterSale: [{ afterSaleId: string; approve: boolean; note: string; returnReceived?: boolean }, { afterSale: F.AfterSaleView }];
    settings: [Record<string, never>, { autoReceiveDays: number; afterSaleDays: number }];
    saveSettings: [{ autoReceiveDays: number; afterSaleDays: number }, { autoReceiveDays: number; afterSaleDays: number }];
  };
  admin: {
    listDeals: [{ cursor?: string }, { items: G.AdminDealView[]; cursor?: string }];
    getDeal: [{ dealId: string }, { deal: G.AdminDealView; draft: G.DealDraft }];
    saveDeal: [{ dealId?: string; draft: G.DealDraft }, { deal: G.AdminDealView }];
    setDealStatus: [{ dealId: string; status: 'active' | 'closed' }, { deal: G.AdminDealView }];
    /** 分类: the brand's categories, in their order (shoppers filter the home list by them). */
    categories: [Record<string, never>, { items: G.CategoryView[] }];
    /** Creates (at the end) or renames / reorders a category; names are unique. */
    saveCategory: [{ categoryId?: string; name: string; order?: number }, { category: G.CategoryView }];
    /** Its deals stay on sale, under no category. */
    deleteCategory: [{ categoryId: string }, { ok: true }];
    dealGroups: [{ dealId: string; status?: G.GroupStatus; cursor?: string }, { items: G.AdminGroupView[]; cursor?: string }];
    /** After-sale refund of a paid or effective order. */
    refundOrder: [{ orderId: string; reason: string }, { status: G.OrderStatus }];
    /** Refunds waiting for the brand (ABNORMAL / CLOSED at the payment platform), newest first, with their count. */
    refundsNeedingAttention: [{ cursor?: string }, { items: G.AdminRefundView[]; count: number; cursor?: string }];
    /** retry: send a CLOSED refund again under a new number; offline: handled outside (note required), the order becomes 已退款. */
    resolveRefund: [{ refundId: string; resolution: 'retry' | 'offline'; note: string }, { refund: G.AdminRefundView }];
    distributorApplications: [{ status?: 'pending' | 'approved' | 'rejected' }, { items: D.DistributorApplicationView[] }];
    reviewDistributorApplication: [{ openid: string; approve: boolean; note?: string }, { application: D.DistributorApplicationView }];
    distributors: [{ cursor?: string }, { items: D.AdminDistributorView[]; cursor?: string }];
    setDistributorStatus: [{ openid: string; status: 'active' | 'suspended' }, { distributor: D.AdminDistributorView }];
    withdrawals: [{ status?: D.WithdrawalView['status']; cursor?: string }, { items: D.AdminWithdrawalView[]; cursor?: string }];
    reviewWithdrawal: [{ withdrawalId: string; approve: boolean; note?: string }, { withdrawal: D.AdminWithdrawalView }];
    /** The ledger reconciliation reports, newest first. */
    reconciliations: [{ cursor?: string }, { items: D.ReconciliationView[]; cursor?: string }];
    distributionSettings: [Record<string, never>, D.DistributionSettings];
    saveDistributionSettings: [D.DistributionSettings, D.DistributionSettings];
    coCreatorApplications: [{ status?: M.CoCreatorApplicationView['status'] }, { items: M.CoCreatorApplicationView[] }];
    reviewCoCreatorApplication: [{ openid: string; approve: boolean; note: string }, { application: M.CoCreatorApplicationView }];
    revokeCoCreator: [{ openid: string; reason: string }, { application: M.CoCreatorApplicationView }];
    memberSettings: [Record<string, never>, C.MemberSettings];
    savePoll: [{ pollId?: string; draft: C.PollDraft }, { poll: C.PollView }];
    closePoll: [{ pollId: string }, { poll: C.PollView }];
    /** Turns a closed poll's winning option into a draft deal; its voters are credited as contributors. */
    adoptPoll: [{ pollId: string }, { dealId: string; contributors: number }];
    saveMemberSettings: [C.MemberSettings, C.MemberSettings];
    /** 内容审核: posts by queue, newest first. */
    moderationPosts: [{ queue: C.ModerationQueue; cursor?: string }, { items: C.AdminPostView[]; cursor?: string }];
    /** approve (publish), hide (take down; takes back what it earned), feature (grants growth and points) or unfeature. */
    moderatePost: [{ postId: string; decision: C.ModerationAction; note?: string; seenStatus?: C.PostStatus }, { post: C.AdminPostView }];
    /** 内容审核 → 评论: held (review), visible or hidden comments, newest first. */
    moderationComments: [{ queue: C.CommentQueue; cursor?: string }, { items: C.AdminPostCommentView[]; cursor?: string }];
    /** approve shows a held or hidden comment (its post's author is told the first time), hide takes it down. */
    moderateComment: [{ commentId: string; decision: C.CommentModerationAction; note?: string }, { comment: C.AdminPostCommentView }];
    /** Creates a contest, or edits one before it ends. */
    saveContest: [{ contestId?: string; draft: C.ContestDraft }, { contest: C.ContestView }];
    /** After the end: the winners (published entries, at most maxWinners) are featured and rewarded, once. */
    awardContest: [{ contestId: string; postIds: string[] }, { contest: C.ContestView }];
    /** 共创计划: create or edit (a change of the rules makes a new version participants accept again). */
    saveProject: [{ projectId?: string; draft: P.ProjectDraft }, { project: P.ProjectDetail }];
    setProjectPhase: [{ projectId: string; phase: P.ProjectPhase }, { project: P.ProjectDetail }];
    adoptIdea: [{ ideaId: string; note: string }, { idea: P.IdeaView }];
    projectApplications: [{ projectId: string }, { items: P.ProjectApplicationView[] }];
    /** Up to maxCoCreators; members not yet 共创官 are promoted through the tier mechanism, with the reason recorded. */
    selectCoCreators: [{ projectId: string; openids: string[] }, { project: P.ProjectDetail }];
    adoptProposal: [{ proposalId: string }, { proposal: P.ProposalView }];
    /** Samples sent: a round with a version note, reported on by the project's co-creators. */
    openTrialRound: [{ projectId: string; version: string; changes: string }, { round: P.TrialRoundView }];
    /** Links the project to a deal (optionally as a C2M pre-sale); co-creators get distribution codes. */
    launchProject: [{ projectId: string; dealId: string; presale?: { endsAt: string; minQuantity: number } }, { project: P.ProjectDetail }];
    projectRewards: [{ projectId: string }, P.ProjectRewardsView];
    /** 合作伙伴: every partner, active first. */
    listPartners: [Record<string, never>, { items: R.AdminPartnerView[] }];
    getPartner: [{ partnerId: string }, { partner: R.AdminPartnerView }];
    savePartner: [R.PartnerInput, { partner: R.AdminPartnerView }];
    /** A one-time invitation (link and token) to become staff of the partner; expires after INVITATION_HOURS. */
    invitePartnerStaff: [{ partnerId: string }, { invitation: R.PartnerInvitationView }];
    removePartnerStaff: [{ partnerId: string; openid: string }, { partner: R.AdminPartnerView }];
    /** Attach (or edit) a perk on a deal: buy it → a voucher for the partner's service. */
    savePerk: [R.PerkInput, { perk: R.PerkView }];
    /** Create or edit an event (the brand's own or a partner's). */
    saveEvent: [R.EventInput, { event: R.EventDetail }];
    /** 积分商城 catalogue: every reward, active first. */
    listRewards: [Record<string, never>, { items: M.AdminRewardView[] }];
    /** Create or edit a reward (total never below what was redeemed). */
    saveReward: [M.RewardInput, { reward: M.AdminRewardView }];
  };
  member: {
    me: [Record<string, never>, M.MeOutput];
    checkIn: [Record<string, never>, M.CheckInOutput];
    /** 头像昵称: sets the nickname (checked by the rules and msgSecCheck) and / or the avatar (the caller's own upload). */
    updateProfile: [{ nickname?: string; avatarFileId?: string }, M.ProfileOutput];
    calendar: [{ month?: string }, M.CheckInCalendar];
    history: [{ cursor?: string }, { items: M.GrantView[]; cursor?: string }];
    applyCoCreator: [{ statement: string; expertise: string[]; agreeCharter: boolean }, { applicationId: string; status: M.CoCreatorApplicationView['status'] }];
    coCreatorApplication: [Record<string, never>, { application: M.CoCreatorApplicationView | null }];
    /** 地址管理: the caller's saved addresses, the default first. */
    addresses: [Record<string, never>, { items: F.AddressView[] }];
    saveAddress: [{ address: F.AddressInput }, { address: F.AddressView }];
    deleteAddress: [{ addressId: string }, { deleted: true }];
    /** 积分商城: the caller's points and the active rewards (why each cannot be redeemed, if so). */
    rewardCatalogue: [Record<string, never>, M.RewardCatalogue];
    /** Spends the points for one coupon (once per requestId; points never go below zero). */
    redeemReward: [{ rewardId: string; requestId?: string }, M.RedeemResult];
    /** 我的优惠券: active (未使用, including one held by an unpaid order), used or expired; counts per tab. */
    myCoupons: [{ status?: M.CouponTab }, { items: M.CouponView[]; counts: Record<M.CouponTab, number> }];
  };
  community: {
    listPolls: [Record<string, never>, { items: C.PollView[] }];
    getPoll: [{ pollId: string }, { poll: C.PollView }];
    vote: [{ pollId: string; optionIds: string[] }, { poll: C.PollView; counts: Record<string, number> }];
    createPost: [C.CreatePostInput, C.CreatePostOutput];
    listPosts: [C.ListPostsInput, C.ListPostsOutput];
    /** 审核中: the caller's own posts still being checked or in review. */
    pendingPosts: [Record<string, never>, { items: C.PostView[] }];
    getPost: [{ postId: string }, { post: C.PostView }];
    /** Toggles the caller's like; `like` sets it instead (a retry then changes nothing). */
    likePost: [{ postId: string; like?: boolean }, { liked: boolean; likes: number }];
    deletePost: [{ postId: string }, { status: 'deleted' }];
    /** The caller's effective orders a new post may be tied to (已购认证). */
    postableOrders: [Record<string, never>, { items: C.PostableOrderView[] }];
    /** 征集活动: open and upcoming contests first, then past ones. */
    listContests: [Record<string, never>, { items: C.ContestView[] }];
    getContest: [{ contestId: string }, { contest: C.ContestView }];
    /** 评论 on a published post: content-checked (risky → CONTENT_REJECTED; review holds it), rate-limited (RATE_LIMITED); a retry with the same clientToken gives it back. */
    comment: [{ postId: string; text: string; clientToken?: string }, { comment: C.PostCommentView; comments: number }];
    /** Visible comments, newest first; the first page also brings the caller's held ones. */
    listComments: [{ postId: string; cursor?: string }, C.ListCommentsOutput];
    /** Its author or a moderator; deleting twice is fine. */
    deleteComment: [{ commentId: string }, { status: 'deleted'; comments: number }];
  };
  /** 合作伙伴: members' vouchers and events; partner staff redeem and check in (staff actions say so). */
  partner: {
    /** 我的卡券: the caller's vouchers, newest first; status filters (active = 未使用). */
    /** `issuing`: the caller's perk redemptions whose voucher is still being issued (发放中). */
    myVouchers: [{ status?: 'active' | 'used' | 'expired'; cursor?: string }, { items: R.VoucherView[]; cursor?: string; counts: Record<'active' | 'used' | 'expired', number>; issuing: number }];
    getVoucher: [{ voucherId: string }, { voucher: R.VoucherView }];
    /** Staff: what a scanned or typed code (voucher or ticket) stands for, before confirming. */
    lookupCode: [{ code: string }, R.CodeLookupView];
    /** Staff: 核销 a voucher (once, only at its own partner, only while valid). */
    redeemVoucher: [{ code: string }, { voucher: R.StaffVoucherView }];
    /** Staff (or the brand, with partnerId): the partner's figures from records. */
    partnerConsole: [{ partnerId?: string }, R.PartnerConsoleView];
    /** Staff: the partners the caller serves (to choose one in the console). */
    myPartners: [Record<string, never>, { items: R.PartnerView[] }];
    /** Whoever opens an invitation becomes staff of its partner (once; the token then stops working). */
    acceptInvitation: [{ token: string }, { partner: R.PartnerView }];
    /** Read-only, anyone with the link: the invitation's partner, expiry and status (unknown or malformed → INVITE_INVALID). */
    previewInvitation: [{ token: string }, R.InvitationPreview];
    /** Published events: upcoming (soonest first), then past (latest first). */
    listEvents: [{ cursor?: string; partnerId?: string }, { items: R.EventCard[]; cursor?: string }];
    getEvent: [{ eventId: string }, { event: R.EventDetail }];
    /** A seat while there is one, else the waitlist (EVENT_FULL is not an error here: status says waitlist). */
    signUp: [{ eventId: string }, { event: R.EventDetail }];
    /** Gives the seat to the first waitlisted member. */
    cancelSignUp: [{ eventId: string }, { event: R.EventDetail }];
    /** Staff: check an attendee in by their ticket code; attendance grants growth once. */
    checkInAttendee: [{ code: string }, { ticket: R.StaffTicketView }];
    /** Staff of the host partner: create or edit their own partner's events. */
    saveEvent: [R.EventInput, { event: R.EventDetail }];
    /** The perks on a deal (the deal page). */
    dealPerks: [{ dealId: string }, { items: R.PerkView[] }];
  };
  distribution: {
    myCode: [Record<string, never>, { code: string }];
    bind: [{ code: string }, { bound: boolean; distributor: { nickname: string; avatar: string } | null }];
    summary: [Record<string, never>, D.DistributorSummary];
    commissions: [{ cursor?: string }, { items: D.CommissionView[]; cursor?: string }];
    customers: [{ cursor?: string }, { items: D.CustomerView[]; cursor?: string }];
    /** Once per requestId (one per confirmed tap): a retried call is the same withdrawal. */
    withdraw: [{ amountFen: Fen; requestId?: string }, { withdrawalId: string; status: D.WithdrawalView['status'] }];
    withdrawals: [{ cursor?: string }, { items: D.WithdrawalView[]; cursor?: string }];
    /** After the user confirmed a transfer in WeChat: ask the payout platform again. */
    refreshWithdrawal: [{ withdrawalId: string }, { withdrawal: D.WithdrawalView }];
    apply: [{ realName: string; reason: string }, { status: D.DistributorApplicationView['status'] }];
    application: [Record<string, never>, { application: D.DistributorApplicationView | null; isDistributor: boolean }];
  };
  analytics: {
    /** The app reports a share or a visit with a code (validated, rate-limited per user, never used for money). */
    track: [A.TrackInput, A.TrackOutput];
    /** Admin: 数据看板 for a range of Asia/Shanghai days, per day, week or month. */
    dashboard: [A.DashboardInput, A.DashboardOutput];
    /** Admin: the distribution funnel per leader (shares → visits → bindings → orders), a page at a time. */
    leaderFunnel: [A.LeaderFunnelInput, A.LeaderFunnelOutput];
    /** Admin: a CSV of orders, commissions or rollups for a range, as a cloud file to download. */
    exportCsv: [A.ExportCsvInput, A.ExportCsvOutput];
    /** Admin: 更新今天, today so far rolled up now (the timer does it every 10 minutes). */
    refreshToday: [Record<string, never>, A.RefreshTodayOutput];
  };
}
