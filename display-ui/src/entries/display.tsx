import { HallBoard } from '../screens/HallBoard.tsx'
import { CounterScreen } from '../screens/CounterScreen.tsx'
import { mountScreen, pathParam } from './mount.tsx'
import '../styles/base.css'
import '../styles/fonts.css'
import '../styles/board.css'

// /display/ is the hall board; /display/counter/:counterId the screen over one counter.
const counterId = pathParam(/^\/display\/counter\/([^/]+)/)
void mountScreen(
  counterId ? 'app.titleCounter' : 'app.titleBoard',
  counterId ? <CounterScreen counterId={counterId} /> : <HallBoard />,
)
