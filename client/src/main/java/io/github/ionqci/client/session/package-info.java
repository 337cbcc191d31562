/**
 * IonQ sessions: a block of work on one backend with limits on jobs, cost and minutes.
 *
 * <pre>{@code
 * Session s = client.createSession("qpu.forte-1", new SessionLimits(10, 60, new Amount(new BigDecimal("100"), "usd")));
 * client.submit(payloadWith("session_id", s.id()));
 * client.endSession(s.id());
 * }</pre>
 */
package io.github.ionqci.client.session;
