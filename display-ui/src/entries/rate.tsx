import { RatingTablet } from '../screens/RatingTablet.tsx'
import { mountScreen, pathParam } from './mount.tsx'
import '../styles/base.css'
import '../styles/fonts.css'
import '../styles/rating.css'
import '../styles/rate.css'

void mountScreen('app.titleRate', <RatingTablet counterId={pathParam(/^\/rate\/([^/]+)/) ?? ''} />)
