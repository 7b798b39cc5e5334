import { ManagerApp } from '../screens/ManagerApp.tsx'
import { mountScreen } from './mount.tsx'
import '../styles/base.css'
import '../styles/fonts.css'
import '../styles/staff.css'
import '../styles/manager.css'

void mountScreen('app.titleManager', <ManagerApp />)
