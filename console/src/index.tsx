import '@patternfly/react-core/dist/styles/base.css'
import '@hawtio/react/dist/index.css'

import { camel, hawtio, jmx, runtime, userService } from '@hawtio/react'
import { Hawtio } from '@hawtio/react/ui'
import React from 'react'
import { createRoot } from 'react-dom/client'

// There is no Hawtio backend (no /user): the server lets this page and its Jolokia calls through only after the
// admin check, so whoever sees the page is the operator. Without a resolved user Hawtio shows its login page and
// never creates a Jolokia client.
userService.addFetchUserHook('contact-sync', async resolve => {
  resolve({ username: 'operator', isLogin: true, loginMethod: 'contact-sync' })
  return { isIgnore: false, isError: false, loginMethod: 'contact-sync' }
})

// Only the plugins a Camel application needs (registerPlugins() would add keycloak, oidc, connect, quartz, ...).
jmx()
camel()
runtime()

hawtio.bootstrap().then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(<Hawtio />)
})
