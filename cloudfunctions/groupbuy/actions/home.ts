import { z } from 'zod';
import type { HomeOutput } from '../../shared/api';
import type { Database } from '../../shared/runtime/cloud';
import type { PollDoc } from '../../community/flows/polls';
import type { PostDoc } from '../../community/flows/posts';
import { previewPhotos } from '../../shared/domain/post';
import { action } from '../../shared/runtime/router';
import { listCategories } from '../categories';
import { dealPage } from '../deal-list';

/** Photos on the home strip, and the newest posts they are picked from. */
const STRIP_PHOTOS = 3;
const STRIP_POSTS = 10;
/** Open polls counted for the banner at most. */
const BANNER_POLLS = 20;

/** The polls open now, newest first (as 投票 lists them): how many, and the first one's title. */
async function pollBanner(db: Database, now: Date): Promise<HomeOutput['polls']> {
  const _ = db.command;
  const res = await db
    .collection('polls')
    .where({ status: 'open', openAt: _.lte(now), closeAt: _.gt(now) })
    .orderBy('openAt', 'desc')
    .limit(BANNER_POLLS)
    .field({ title: true })
    .get();
  const open = res.data as Pick<PollDoc, '_id' | 'title'>[];
  return { open: open.length, title: open[0]?.title ?? null };
}

/** A few photos of the newest published 晒单, their small copies when the post has them. */
async function stripPhotos(db: Database): Promise<string[]> {
  const res = await db
    .collection('posts')
    .where({ status: 'published' })
    .orderBy('createdAt', 'desc')
    .limit(STRIP_POSTS)
    .field({ images: true, thumbs: true })
    .get();
  const posts = (res.data as Pick<PostDoc, 'images' | 'thumbs'>[]).map((p) => ({ images: p.thumbs?.length === p.images.length ? p.thumbs : p.images }));
  return previewPhotos(posts, STRIP_PHOTOS);
}

/**
 * 首页: what the home page's first paint shows, in one call (four reads at once): the first
 * page of deals as cards, the categories, the poll banner and the 晒单 strip.
 */
export const home = action({
  input: z.object({}),
  async handler(_input, { db, now }): Promise<HomeOutput> {
    const [deals, categories, polls, photos] = await Promise.all([dealPage(db, now, {}), listCategories(db), pollBanner(db, now), stripPhotos(db)]);
    return { deals, categories, polls, photos };
  },
});
