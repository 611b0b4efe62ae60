import { Navigate } from 'react-router-dom';
import { homePathFor } from '../faces/catalog';
import { useSession } from '../session/SessionContext';

/** "/" opens the face made for the signed-in user. */
export function HomeRedirect() {
  return <Navigate to={homePathFor(useSession())} replace />;
}
