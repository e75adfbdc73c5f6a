import type { MeOutput } from '@shared/api'
import { invoke } from './api-client'

export function me(): Promise<MeOutput> {
  return invoke('member', 'me', {})
}
