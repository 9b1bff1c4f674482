import { type Message, msg } from './text.js';

/** `42 s`, `4 min 10 s`, `2 h 5 min` in the reader's language: a wait as people say it (rounded up to the second). */
export function duration(ms: number): Message {
  const totalSeconds = Math.max(1, Math.ceil(ms / 1_000));
  if (totalSeconds < 60) return msg('duration.seconds', { seconds: totalSeconds });
  const totalMinutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (totalMinutes < 60)
    return seconds
      ? msg('duration.minutesSeconds', { minutes: totalMinutes, seconds })
      : msg('duration.minutes', { minutes: totalMinutes });
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes ? msg('duration.hoursMinutes', { hours, minutes }) : msg('duration.hours', { hours });
}
