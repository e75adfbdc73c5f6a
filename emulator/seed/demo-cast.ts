import type { Tier } from '../../cloudfunctions/shared/api';

/** The demo users; their openids are fixed and listed in the README. */
export interface CastMember {
  openid: string;
  nickname: string;
  avatar: string; // file under assets/avatars
  tier: Tier;
  growth: number;
  points: number;
  isAdmin?: boolean;
  distributorCode?: string;
}

export const ADMIN: CastMember = {
  openid: 'demo-admin',
  nickname: '小林',
  avatar: 'avatar-1',
  tier: 'explorer',
  growth: 0,
  points: 0,
  isAdmin: true,
};

export const DEMO_CAST: CastMember[] = [
  ADMIN,
  { openid: 'demo-cocreator', nickname: '阿哲', avatar: 'avatar-2', tier: 'cocreator', growth: 860, points: 1240, distributorCode: 'YZ7KQ3MP' },
  { openid: 'demo-officer', nickname: '小禾', avatar: 'avatar-3', tier: 'officer', growth: 168, points: 320 },
  { openid: 'demo-shopper', nickname: '小满', avatar: 'avatar-4', tier: 'explorer', growth: 20, points: 35 },
  { openid: 'demo-qing', nickname: '阿青', avatar: 'avatar-5', tier: 'officer', growth: 130, points: 210 },
  { openid: 'demo-mumu', nickname: '木木', avatar: 'avatar-6', tier: 'explorer', growth: 45, points: 60 },
  { openid: 'demo-tiantian', nickname: '甜甜', avatar: 'avatar-7', tier: 'explorer', growth: 12, points: 15 },
  // Partner staff (they joined by invitation, see partners.ts): 山月瑜伽's teacher and 麦田咖啡's barista.
  { openid: 'demo-yoga', nickname: '林老师', avatar: 'avatar-9', tier: 'explorer', growth: 0, points: 0 },
  { openid: 'demo-cafe', nickname: '麦子', avatar: 'avatar-10', tier: 'explorer', growth: 0, points: 0 },
];
