// `npm run scimmy-server`: a SCIM server built from SCIMMY and its Express
// routers, on PORT (default 4020) of 127.0.0.1, for trying the console in
// live mode against code we did not write. SCIMMY_API_KEY sets its key
// (default "scimmy-dev-key", a key for this local test server only).
import { createScimmyApp } from './scimmy-server/scimmy-app';

const port = Number(process.env.PORT) || 4020;
const apiKey = process.env.SCIMMY_API_KEY || 'scimmy-dev-key';

createScimmyApp({ apiKey }).listen(port, '127.0.0.1', () => {
  console.log(
    `SCIMMY server at http://127.0.0.1:${port}/scim (bearer key from SCIMMY_API_KEY or the default).`,
  );
});
