import Fastify from 'fastify';

/**
 * The baseline: a bare Fastify server started the same way as Keqing (node with tsx's loader),
 * answering the two URLs the benchmark calls.
 */
const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get('/api/auth/me', async () => ({ user: null }));
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
