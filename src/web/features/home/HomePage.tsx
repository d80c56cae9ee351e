import { useSession } from '../../app/session';
import { QueryView } from '../../shared/ui/QueryView';
import { useHome } from './api';
import { RoleBanner } from './RoleBanner';
import { RoleHome } from './RoleHomes';

/** 首页: the role's workspace. The root carries data-testid="home-<role>" as soon as the person is known. */
export function HomePage() {
  const { me } = useSession();
  const home = useHome();
  return (
    <div data-testid={`home-${me.user.role}`}>
      <RoleBanner />
      <QueryView query={home}>{(data) => <RoleHome data={data} />}</QueryView>
    </div>
  );
}
