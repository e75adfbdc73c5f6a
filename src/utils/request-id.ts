/** A token for one confirmed tap: sent with every retry of its call, so the server does the thing once. */
export const requestId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
