import type { ClinicalReview } from '../../content/content-types';
import { formatDate } from '../article/article';

/** What every page says about clinical review, from content/review.yaml. */
export const NOT_REVIEWED = 'No doctor or nurse has reviewed this guide yet.';

/**
 * Says plainly whether a doctor or nurse has reviewed the guide: no review is claimed until one is recorded in
 * content/review.yaml, and then it names who and when.
 */
export function ReviewStatus({ review, class: className }: { review: ClinicalReview | null; class?: string }) {
  if (review === null) return <p class={className}>{NOT_REVIEWED}</p>;
  return (
    <p class={className}>
      Reviewed by {review.name}, {review.role}, on <time dateTime={review.date}>{formatDate(review.date)}</time>.
    </p>
  );
}
