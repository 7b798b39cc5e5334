import { StaffApp } from '../screens/StaffApp.tsx'
import { mountScreen } from './mount.tsx'
import '../styles/base.css'
import '../styles/fonts.css'
import '../styles/staff.css'

void mountScreen('app.titleStaff', <StaffApp />)
