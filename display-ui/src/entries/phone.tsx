import { PhonePage } from '../screens/PhonePage.tsx'
import { mountScreen, pathParam } from './mount.tsx'
import '../styles/base.css'
import '../styles/rating.css'
import '../styles/phone.css'

void mountScreen('app.titlePhone', <PhonePage ticketId={pathParam(/^\/t\/([^/]+)/)} />)
