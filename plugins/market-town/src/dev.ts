import { startDevHost } from '@cunshe/plugin-sdk/testing';
import plugin from './server';

await startDevHost({ plugins: [plugin], port: Number(process.env.PORT ?? 3100) });
