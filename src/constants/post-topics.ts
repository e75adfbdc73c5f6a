/** The topics a 晒单 can be filed under; the new-post page offers them as chips. */
export const POST_TOPICS = ['早餐搭配', '开箱', '减脂餐', '一家人的餐桌', '露营野餐'] as const

export type PostTopic = (typeof POST_TOPICS)[number]
