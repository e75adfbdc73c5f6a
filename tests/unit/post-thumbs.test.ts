import { listPictures, thumbOf, thumbsMatch } from '../../cloudfunctions/shared/domain/post';

const photo = 'cloud://env.bucket/ugc/u1/202612/abc.png';

describe('a post photo’s list-sized copy', () => {
  it('sits beside the photo as <name>.thumb.jpg', () => {
    expect(thumbOf(photo)).toBe('cloud://env.bucket/ugc/u1/202612/abc.thumb.jpg');
    expect(thumbOf('cloud://env.bucket/ugc/u1/x.y/abc.jpeg')).toBe('cloud://env.bucket/ugc/u1/x.y/abc.thumb.jpg');
  });

  it('matches only the photos’ own copies, one each in order (a photo may stand for itself)', () => {
    const other = 'cloud://env.bucket/ugc/u1/202612/def.png';
    expect(thumbsMatch([photo, other], [thumbOf(photo), other])).toBe(true);
    expect(thumbsMatch([photo, other], [thumbOf(other), thumbOf(photo)])).toBe(false);
    expect(thumbsMatch([photo, other], [thumbOf(photo)])).toBe(false);
    expect(thumbsMatch([photo], ['cloud://env.bucket/ugc/u2/202612/abc.thumb.jpg'])).toBe(false);
    expect(thumbsMatch([], [])).toBe(true);
  });

  it('a list shows the copies when there is one for every photo, else the photos', () => {
    expect(listPictures({ images: [photo], thumbs: [thumbOf(photo)] })).toEqual([thumbOf(photo)]);
    expect(listPictures({ images: [photo] })).toEqual([photo]);
    expect(listPictures({ images: [photo, photo], thumbs: [thumbOf(photo)] })).toEqual([photo, photo]);
  });
});
