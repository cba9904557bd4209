/**
 * Let the acknowledgement leave before the work starts. The corpus answers
 * synchronously; yielding once to the event loop lets Node flush the ack's
 * HTTP response first, so a slow query can never push the ack past Slack's
 * 3-second limit.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
