// Boots a TypeScript worker: registers tsx in this thread (Node 20 does not pass the
// parent's --import hooks to workers), then runs the module named in workerData.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.module)
