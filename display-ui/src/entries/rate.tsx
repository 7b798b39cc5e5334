import { RatingTablet } from '../screens/RatingTablet.tsx'
import { mountScreen, pathParam } from './mount.tsx'
import '../styles/base.css'
import '../styles/fonts.css'
import '../styles/rating.css'
import '../styles/rate.css'

// A long press on a face must not open the browser's menu over the tablet.
document.addEventListener('contextmenu', (e) => e.preventDefault())

void mountScreen('app.titleRate', <RatingTablet counterId={pathParam(/^\/rate\/([^/]+)/) ?? ''} />)
